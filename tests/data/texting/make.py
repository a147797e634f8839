#!/usr/bin/env python3
"""Build the "texting" evaluation set for PostGuard (written second, by a different hand, without reading the engine).

Two fictional schools with different shapes, ~110 hand-written posts each:
  x01-hollowmere  Hollowmere Community Academy (11-18 secondary academy, Devon)
  x02-stclares    St Clare's Catholic Primary School (Leeds)
Labels follow /work/shared/eval-sample/CONTRACT.md ("What counts as a finding").

Inline markup (stripped while the text is assembled; offsets are computed, never hand-counted):
    ⟦K|text⟧      a gold finding of kind K   (P pupil, S staff, I school identifier, T phone, E email,
                                              A street address, C postcode, D date of birth)
    ⟦-t|text⟧     a planted hard negative of type t (w word, n number, os other school, nr non-roster name,
                                              d date, gs generic school, ou other url, sn street without number,
                                              np not a postcode, pl place = the school's village alone)
Offsets are UTF-16 code units, half-open; every span is re-checked against the final text.

    python3 make.py           writes schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to itself
    python3 make.py --check   also lists roster-name / identifier / number-like substrings carrying no label,
                              and labelled name spans that do not match the roster
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"P": "pupil_name", "S": "staff_name", "I": "school_identifier", "T": "phone_number",
         "E": "email_address", "A": "street_address", "C": "postcode", "D": "date_of_birth"}
NEGS = {"w": "word", "n": "number", "os": "other_school", "nr": "non_roster_name", "d": "date",
        "gs": "generic_school", "ou": "other_url", "sn": "street_no_number", "np": "not_postcode",
        "pl": "place"}

# =============================================================================================== school 1
H_ID = "x01-hollowmere"
H_PLACE = "Hollowmere"
H_SCHOOL = {
    "name": "Hollowmere Community Academy",
    "aliases": ["Hollowmere Academy", "HCA", "Hollowmere CA"],
    "hashtags": ["#HollowmereAcademy", "#TeamHCA"],
    "handles": ["@HollowmereAcad"],
    "domains": ["hollowmere.devon.sch.uk", "hollowmereacademy.org.uk"],
    "address": "45 Mill Road, Hollowmere, Exeter",
    "postcode": "EX5 7HW",
    "phone": "01632 960120",
}
H_PUPILS = [
    ("Sky", "Whitlock"), ("Rowan", "Pryor"), ("Sonny", "Malik"), ("Jade", "Kavanagh"),
    ("Hunter", "Blake"), ("River", "Ashdown"), ("Star", "Nwankwo"), ("Patience", "Boateng"),
    ("Chance", "Williams"), ("Marina", "Costa"), ("Amber", "Lindqvist"), ("Ruby", "Fenwick"),
    ("Zoë", "Hartnell"), ("Søren", "Eriksen"), ("Iñigo", "Arrieta"), ("Siân", "Pritchard"),
    ("Łucja", "Wójcik"), ("Connor", "O'Brien"), ("Imogen", "D'Arcy"), ("Lewis", "Smith-Jones"),
    ("Alexander", "Volkov", "Sasha"), ("Oluwatobiloba", "Adeyemi", "Tobi"), ("Robert", "Carver", "Bob"),
    ("Nathaniel", "Osei", "Nate"), ("Sebastian", "Kerr", "Seb"),
    ("Ellie", "Brooks"), ("Ellie", "Tran"),
    ("Kacper", "Zieliński"), ("Mohammed", "Rahman"), ("Aisha", "Begum"), ("Callum", "Fraser"),
    ("Tyler", "Hughes"), ("Bethany", "Cole"), ("Kieran", "Walsh"), ("Priya", "Chauhan"),
    ("Harvey", "Dunn"), ("Megan", "Ellis"), ("Jayden", "Clarke"), ("Freya", "Lund"),
    ("Ethan", "Whitcombe"), ("Leah", "Goldberg"), ("Reece", "Hill"), ("Katie", "Moran"),
    ("Dominik", "Horvat"), ("Yasmin", "Farouk"), ("Cerys", "Vaughan"), ("Declan", "Murphy"),
    ("Maisie", "Thorne"), ("Aryan", "Mehta"), ("Niamh", "Keogh"), ("Hollie", "Stanton"),
    ("Rhiannon", "Price"), ("Kofi", "Asante"), ("Mariam", "Haddad"), ("Josh", "Penhaligon"),
    ("Lucy", "Trelawny"), ("Jago", "Pascoe"), ("Tegan", "Roper"), ("Oliver", "Stroud"),
    ("Georgia", "Quick"),
]
H_STAFF = [
    ("Mr", "Bill", "Hartigan"), ("Mrs", "Joanne", "Pettifer"), ("Ms", "Aoibheann", "Ní Bhriain"),
    ("Miss", "Hannah", "Redfern"), ("Dr", "Nkechi", "Obi-Lawson"), ("Mx", "Sam", "Tennant"),
    ("Mr", "Gareth", "Rees"), ("Mrs", "Deborah", "Fairweather"), ("Mr", "Tomasz", "Grabowski"),
    ("Mrs", "Sunita", "Raval"), ("Ms", "Claire", "Dunmore"), ("Mr", "Ade", "Ogunbiyi"),
]
H_POSTS = [
    # ---- no findings ---------------------------------------------------------------------------------
    "Anyone else’s kid come home saying the ⟦-w|sky⟧ was ‘literally purple’ over the playing fields at ⟦-n|4pm⟧? 🌅 gorgeous sunset to be fair",
    "Any ⟦-w|chance⟧ someone’s got a spare scientific calculator? Ours died mid-revision 😩 will pay ⟦-n|£10⟧",
    "Mocks are ⟦-d|12–23 January⟧. Revision guides ⟦-n|£4.50⟧ from reception, cash or ParentPay 💷",
    "Flooding on ⟦-sn|Mill Road⟧ again 🌧️ buses diverted via the ⟦-np|A376⟧, expect delays",
    "Whoever left the ⟦-w|ruby⟧ red scarf in lost property – it’s still there 🧣",
    "The ⟦-w|river⟧ Exe has burst its banks near Topsham 😳 stay safe on the way in tomorrow",
    "⟦-gs|The Academy⟧ have confirmed NO closure tomorrow despite the ⟦-w|amber⟧ snow warning ❄️",
    "Rate ⟦-os|Hollowmere Primary⟧ for transition support tbh, my youngest is flying there 🙌",
    "⟦-w|Patience⟧ wearing very thin with the ⟦-n|08:05⟧ bus 🚌 third time late this week",
    "⟦-n|Order #40771234⟧ from the uniform shop still hasn’t arrived 🙄 six weeks!!",
    "Y11 set text is An Inspector Calls, ISBN ⟦-n|978-0-14-103614-4⟧ – grab a secondhand copy 📘",
    "Final score ⟦-n|3-1⟧ to the U15s ⚽👏 what a comeback after half time",
    "⟦-w|Star⟧ baker in the Y8 bake off goes to… the lemon drizzle 🍋😂",
    "Stuck behind a tractor on the ⟦-np|A30⟧ AGAIN 🚜 and the ⟦-np|M5⟧ was no better",
    "anyone know if ⟦-pl|Hollowmere⟧ co-op sells graph paper?? need it for maths tmrw",
    "Sixth form open evening ⟦-d|Thursday 6 November⟧, ⟦-n|6–8pm⟧ 🎓 personal statement tips here ⟦-ou|https://www.ucas.com/undergraduate⟧",
    "Bus pass renewals go through ⟦-ou|devon.gov.uk/educationandfamilies⟧ not through ⟦-gs|school⟧ apparently 🤷",
    "Ski trip deposit ⟦-n|£250⟧\nSort code ⟦-n|40-11-62⟧\nAccount ⟦-n|72849103⟧\nRef ⟦-n|SKI26⟧ + surname 🎿",
    "our postcode got changed on the system to ⟦-np|EX5⟧ something and now the bus pass has gone to the wrong house 😤",
    "⟦-nr|Mrs Trevithick⟧ at the post office says parcels for ⟦-gs|the Academy⟧ are piling up 📦",
    "Who knew a ⟦-w|jade⟧ plant could survive a whole summer in a Y10 science lab 🌱",
    "Got the ⟦-w|bill⟧ for the Y10 Paris trip 😬 ⟦-n|£489⟧ per pupil. Payment plan anyone?",
    "My son has lost his ⟦-w|Hunter⟧ wellies on DofE 🙃 size 9, green",
    "Candidate no. ⟦-n|4127⟧, centre no. ⟦-n|54321⟧ – Y11 parents please check the statement of entry for typos",
    "Anyone with a silver Corsa, reg ⟦-np|WK19 XRT⟧, you’re blocking the staff car park 🙃",
    "The ⟦-w|rowan⟧ tree by the bus stop is covered in berries again 🍒 winter’s coming",
    "Village football club has a new site ⟦-ou|hollowmere-fc.co.uk⟧ – U13 trials ⟦-d|Sat 6th Sept⟧ ⚽",
    "Uniform supplier is legit, Company no. ⟦-n|08123456⟧, they’ve just moved to ⟦-sn|Station Road⟧ 👔",
    "My niece ⟦-nr|Willow⟧ starts at ⟦-os|Exe Valley School⟧ in ⟦-d|September⟧ – anyone heard good things?",
    "Checkout keeps saying ⟦-np|EX5 7CI⟧ isn’t a real postcode… because I typed it wrong 🙈",
    # ---- findings ------------------------------------------------------------------------------------
    "⟦P|Sky⟧’s mum here 👋 has anyone got the Y9 maths homework sheet? she left hers on the bus 🙈",
    "omg ⟦P|sonny⟧ got sent out of ⟦S|mr rees⟧ lesson AGAIN 💀💀",
    "⟦P|HUNTER⟧ WHY WOULD U SAY THAT IN FRONT OF ⟦S|MISS REDFERN⟧ 😭😭",
    "Congrats to our ⟦I|#TeamHCA⟧ netballers: ⟦P|Jade⟧, ⟦P|Ruby⟧, ⟦P|Patience⟧ and ⟦P|Amber⟧ 🏐🏆",
    "⟦P|River Ashdown⟧ has been selected for the Devon U16 squad! 🏉 ⟦I|@HollowmereAcad⟧",
    "⟦P|Star⟧ got ⟦-w|Star⟧ of the Week in ⟦S|Mrs Pettifer⟧’s tutor group ⭐",
    "Any ⟦-w|chance⟧ ⟦P|Chance⟧’s PE bag ended up in your car? ⟦P|Tobi⟧ thinks he saw it 🎒",
    "Shout out to ⟦S|Bill⟧ the site manager for gritting the whole car park at ⟦-n|6am⟧ 🧂❄️ legend",
    "⟦S|Mr. Hartigan⟧ says the boiler’s fixed so ⟦-gs|the Academy⟧ is open as normal tomorrow ✅",
    "🇮🇪☘️ ⟦S|Ms Ní Bhriain⟧ ran the Irish dancing showcase – ⟦P|Niamh⟧ and ⟦P|Declan⟧ were brilliant",
    "is it ⟦S|Ms Ni Bhriain⟧ or ⟦S|Mrs Pettifer⟧ doing the Y10 assembly tmrw?",
    "Lovely email from ⟦S|Miss Pettifer⟧ about ⟦P|Ellie Brooks⟧’s progress in English 📚💛",
    "⟦P|Ellie⟧ and ⟦P|Ellie⟧ (the two Ellies 😂) both got into the county youth orchestra 🎻",
    "🇻🇳 ⟦P|Ellie Tran⟧ is running the Lunar New Year stall at break tomorrow, come buy dumplings 🥟",
    "Please can ⟦P|Alexander Volkov⟧ collect his cello from the music block before half term 🎻 – ⟦S|Mr Grabowski⟧",
    "⟦P|Tobi⟧’s GCSE art is in the summer exhibition 🖼️ so proud of you ⟦P|Oluwatobiloba⟧ ❤️",
    "Y7 spelling bee finalists 🐝\n⟦P|Zoë Hartnell⟧\n⟦P|Soren Eriksen⟧\n⟦P|Iñigo Arrieta⟧\n⟦P|Sian Pritchard⟧\nGood luck all! ⟦I|#HollowmereAcademy⟧",
    "⟦P|zoe⟧ n ⟦P|lucja⟧ r coming round after skl if thats ok mum x",
    "🇵🇱 ⟦P|Łucja⟧ won the Y8 poetry slam with a poem about her babcia 🥹",
    "⟦P|Connor O’Brien⟧ and ⟦P|Imogen D'Arcy⟧ are head boy and head girl for next year 👏👏",
    "⟦P|imogen d’arcy⟧ ur literally my fave person ever ❤️❤️",
    "⟦P|Lewis Smith-Jones⟧ scored a hat-trick on Saturday ⚽⚽⚽ final score ⟦-n|4-2⟧",
    "⟦P|Nate⟧ and ⟦P|Seb⟧ are growing moustaches for Movember in Y13 🥸 ⟦-ou|https://www.justgiving.com/page/y13-mo-bros⟧",
    "Lost: black Eastpak with ⟦P|Kofi⟧’s name on the tag. If found pls call ⟦T|07700 900 418⟧ 🙏",
    "Y11 revision group chat – text me on ⟦T|+44 7700 900382⟧ and I’ll add you 📚 (parents only pls)",
    "My number has changed! Now ⟦T|+44 (0)7700 900 655⟧ 📱 ⟦P|Mariam⟧’s mum",
    "Lift share for the Exeter match, ring ⟦T|(01632) 960457⟧ evenings 🚗",
    "GCSE chemistry tutoring, ⟦T|01632-960-733⟧, ⟦-n|£30⟧/hr, DBS checked 🧪",
    "In Spain this week – ⟦T|0044 113 496 0123⟧ is my work line if it’s urgent ☎️ re ⟦P|Kacper⟧’s trip form",
    "Grandad’s number for pick-ups: ⟦T|020 7946 0958⟧. ⟦P|Yasmin⟧ knows it off by heart 😂",
    "new number ⟦T|07700900276⟧ add me ppl 📲",
    "Dad’s mobile ⟦T|07700-900153⟧, mine ⟦T|+447700900291⟧ – call either if ⟦P|Cerys⟧ is late out of rehearsal 🎭",
    "Belfast grandparents are staying 🇬🇧 their landline is ⟦T|028 9649 6227⟧ if ⟦P|Declan⟧ needs them",
    "Send your ski trip photos to ⟦E|ski.photos.hca2025@gmail.com⟧ 🎿📸",
    "⟦E|rowan.pryor07@outlook.com⟧ is ⟦P|Rowan⟧’s email for the DofE group",
    "Questions about the prom fund 👉 ⟦E|Jo.Pettifer.PTA@btinternet.com⟧",
    "Mum’s email is ⟦E|k_walsh1979@yahoo.co.uk⟧, ⟦P|Kieran⟧ says he’s forwarded it to ⟦S|Mrs Raval⟧",
    "⟦P|Maisie⟧’s 16th! 🥳 ⟦A|14a Orchard Close, Crediton⟧ ⟦C|EX17 2BN⟧, ⟦-n|7pm⟧ till late (parents will be in 👀)",
    "Prom pre-drinks (mocktails!!) at ⟦A|221 Station Road, Crediton⟧ from ⟦-n|5⟧ 🍹📸",
    "Moved house! New address ⟦A|3 Willow Mews⟧, ⟦C|ex4 6tr⟧ 🏡 ⟦P|Tegan⟧’s finally got her own room",
    "Car share from ⟦A|72 Pinhoe Road, Exeter⟧ ⟦C|EX4 7HL⟧ – leaving ⟦-n|7:40⟧ sharp 🚗",
    "Lost dog 🐕 near ⟦A|18 Cathedral Close⟧ – ⟦-nr|Bramble⟧, brown spaniel, answers to whistles",
    "⟦P|Hollie⟧’s party is at ⟦A|6 Jade Court⟧, ⟦C|EX5 3PZ⟧ 🎉",
    "Sleepover kit to ⟦A|40 Ruby Way, Exmouth⟧ please 💤 ⟦P|Ruby⟧ thinks living on ‘her’ street is hilarious",
    "Please forward post to our new place: ⟦A|2 Chance Hill, Tiverton⟧ ⟦C|EX16 4LX⟧ 📮",
    "Uni visit to Birmingham, hotel postcode ⟦C|B4 7DA⟧ 🏨 ⟦P|Leah⟧ is buzzing",
    "Sent ⟦P|Freya⟧’s old textbooks to her cousin, ⟦C|M14 6HR⟧ 📦",
    "Work experience at the BBC?! 😮 ⟦P|Reece⟧ has to report to ⟦C|w1a1aa⟧ on Monday 📺",
    "Interview in London, postcode ⟦C|EC1A 1BB⟧ – ⟦P|Katie⟧’s nervous 🫣",
    "⟦P|Sonny Malik⟧, born on ⟦D|2nd July 2011⟧ 🍼 – just dug out his baby photos for the Y9 display 📸",
    "Medical form 🏥\nName: ⟦P|Dominik Horvat⟧\nDOB ⟦D|02/07/2012⟧\nGP: ⟦T|01632 960 844⟧",
    "⟦P|Aisha⟧ turns 13 on ⟦D|4 May⟧ 🎂 sleepover planning has begun 😩",
    "DofE form wants his d.o.b. in ISO format so ⟦D|2010-11-23⟧ for ⟦P|Callum⟧, right? 🤔",
    "⟦P|Harvey⟧ turns 16 on ⟦D|9th December⟧ 🚗 already nagging about driving lessons",
    "Date of birth: ⟦D|14.03.2009⟧ – ⟦P|Megan⟧’s sixth form application asks for it twice 🙄",
    "⟦P|Mohammed⟧ was born ⟦D|21 Sept 2012⟧ so he’s one of the oldest in his year",
    "Delighted to share that ⟦I|HCA⟧ has been shortlisted for Secondary School of the Year 🏆\n\nFull story: ⟦I|https://www.hollowmereacademy.org.uk/news?id=3⟧\n\n#Leadership #Devon",
    "Vacancy 📢 Teacher of Geography, see ⟦I|hollowmere.devon.sch.uk/vacancies⟧ – closing ⟦-d|28 Feb⟧",
    "Absence line is ⟦I|01632960120⟧, option 1, before ⟦-n|8:30⟧ 📞",
    "Calling from abroad? the office is ⟦I|+44 1632 960120⟧ 🌍",
    "Sat nav for open evening 👉 ⟦I|45 Mill Road, Hollowmere, Exeter⟧, ⟦I|EX5 7HW⟧ 🚗",
    "Postcode for ⟦-gs|the Academy⟧ is ⟦I|ex57hw⟧ if anyone’s coming to the craft fair 🧶",
    "deliveries go to ⟦I|45 Mill Rd, Hollowmere, Exeter⟧ not the sports centre pls 📦",
    "wait is it ⟦I|hca⟧ or ⟦I|hollowmere ca⟧ on the leavers hoodies 😭",
    "⟦I|@hollowmereacad⟧ any update on the snow?? 🥶 ⟦P|sky⟧ is praying for a day off",
    "RT ⟦I|@HollowmereAcad⟧: Y12 geographers doing fieldwork at Dawlish Warren today 🌊 ⟦I|#HollowmereAcademy⟧",
    "⟦I|hollowmereacademy.org.uk⟧ still says the trip is on?? 🤔 but ⟦S|Mx Tennant⟧ said it was cancelled",
    "UNIFORM SWAP IN THE SPORTS HALL ⟦-d|SAT 15TH⟧ – ⟦I|HOLLOWMERE COMMUNITY ACADEMY⟧ PTA 👕👖",
    "⟦I|Hollowmere Academy⟧’s U14s beat ⟦-os|Exe Valley School⟧ ⟦-n|28-12⟧ 🏉 ⟦P|Josh Penhaligon⟧ man of the match",
    "🏴󠁧󠁢󠁥󠁮󠁧󠁿 ⟦P|Jago⟧ & ⟦P|Lucy Trelawny⟧ both got 9s in the Y10 science mock 🔬",
    "⟦P|jade⟧ n ⟦P|amber⟧ r literally twins today 😂 same hoodie same everything",
    "⟦P|RIVER⟧ SCORED FROM THE HALFWAY LINE 😱😱😱",
    "Before and after ✂️ ⟦P|Bob⟧ finally let me cut his hair and now he has a ⟦-w|bob⟧ 😂",
    "Y8 parents 🙋‍♀️ ⟦P|Ethan⟧, ⟦P|Jayden⟧ and ⟦P|Tyler⟧ are doing a sponsored silence (miracle 😂) on ⟦-d|Friday 21st⟧",
    "Not happy.\n\nMy daughter ⟦P|Bethany Cole⟧ was given a detention by ⟦S|Mr Rees⟧ for a ‘uniform breach’ because her socks were the wrong shade of black.\n\nI rang ⟦I|01632 960 120⟧ three times and nobody picked up. Is this how ⟦I|Hollowmere Community Academy⟧ treats parents?? 😡😡",
    "Honestly ⟦-gs|the academy⟧ needs to sort out the car park. ⟦S|Mrs Raval⟧ nearly got clipped by a Range Rover doing ⟦-n|30mph⟧ at drop-off 🤬",
    "Well done ⟦P|Rhiannon⟧ 🏴󠁧󠁢󠁷󠁬󠁳󠁿 on grade 8 harp!!",
    "⟦P|Reece Hill⟧ ran up the ⟦-w|hill⟧ at cross country without stopping for once 😂",
    "🇳🇴 ⟦P|Freya Lund⟧ & 🇩🇰 ⟦P|Søren⟧ translated the Nordic bit of the international evening menu 😂",
    "🏉 ⟦S|Gareth Rees⟧ coaching the U16s on Sundays now, what a guy",
    "⟦S|Sunita⟧ in the office was a lifesaver sorting ⟦P|Aryan⟧’s bus pass 🙏",
    "⟦S|Mr Grabowski⟧ + ⟦S|Mr Ogunbiyi⟧ = best music dept in Devon 🎷🎸 ⟦-n|10/10⟧",
    "⟦S|MS DUNMORE⟧ THANK U FOR EVERYTHING THIS YEAR 😭💕 Y11 LEAVERS",
    "⟦P|Marina⟧ took six of them out on her dad’s boat from the ⟦-w|marina⟧ 🚤",
    "⟦P|amber⟧ plz stop sending me tiktoks in maths 💀 ⟦S|miss redfern⟧ nearly saw",
    "After twelve wonderful years as a governor at ⟦I|Hollowmere Community Academy⟧ I’m stepping down. Special thanks to ⟦S|Dr Obi-Lawson⟧ and ⟦S|Ms Dunmore⟧ for their leadership.\n\n#Governance #Devon",
    "⟦P|SASHA⟧ U ABSOLUTE LEGEND 😂😂",
    "⟦P|Sasha Volkov⟧ and ⟦P|Georgia Quick⟧ are through to the national maths challenge final 🧮",
    "⟦P|hunter⟧ and ⟦P|river⟧ fell asleep on the coach home from Cornwall 😴 phone pics incoming",
    "Evri parcel ⟦-n|H01HYA0012345678⟧ with the DofE kit says ‘delivered’ 🤨 to whom??",
]

# =============================================================================================== school 2
C_ID = "x02-stclares"
C_PLACE = "Moorcroft"
C_SCHOOL = {
    "name": "St Clare's Catholic Primary School",
    "aliases": ["St Clare's", "St Clare's Primary", "St Clare's Primary School", "St Clare's Catholic Primary", "SCCP"],
    "hashtags": ["#StClaresFamily", "#StClaresLeeds"],
    "handles": ["@StClaresLeeds"],
    "domains": ["stclares.leeds.sch.uk"],
    "address": "8 Chapel Walk, Moorcroft, Leeds",
    "postcode": "LS17 8QJ",
    "phone": "0113 496 0550",
}
C_PUPILS = [
    ("Autumn", "Hale"), ("Ivy", "Marsh"), ("Willow", "Bancroft"), ("Faith", "Adjei"),
    ("Patrick", "Doyle", "Pat"), ("Angel", "Ramos"), ("Blessing", "Mensah"), ("Mercy", "Asare"),
    ("Destiny", "Campbell"), ("Chloé", "Marchand"), ("Renée", "Dubois"), ("Oisín", "Maguire"),
    ("Margaret", "Kowalski", "Peggy"), ("Clare", "Donnelly"), ("Bernadette", "Fahy", "Bernie"),
    ("Francis", "Quinlan"), ("Xavier", "Lim"), ("Joseph", "Nwosu", "Joe"), ("Mary-Kate", "Flynn"),
    ("Liam", "O'Rourke"), ("Luca", "Ferrari"), ("Giulia", "Romano"), ("Zofia", "Nowakowska"),
    ("Filip", "Kowal"), ("Antoni", "Wiśniewski"), ("Chidera", "Nnamdi"), ("Fionn", "Brady"),
    ("Róisín", "Keane"), ("Tadhg", "Kelleher"), ("Éabha", "Murray"), ("Harper", "Quigley"),
    ("Isabella", "Conti", "Bella"), ("Teresa", "Malone", "Tess"), ("Maria", "Santos"),
    ("Tiago", "Pereira"), ("Kojo", "Annan"), ("Rory", "Devlin"), ("Niall", "Costello"),
    ("Matilda", "Crane", "Mattie"), ("Dominic", "Reilly", "Dom"), ("Caitlin", "McGuire"),
    ("Sophia", "Papadopoulos"), ("Noah", "Quinn"), ("Noah", "Ademola"), ("Anthony", "Mwangi", "Tony"),
    ("Theo", "Bishop"), ("Seán", "Power"), ("Zayn", "Akhtar"), ("Hania", "Zając"), ("Anaïs", "Girard"),
    ("Emily", "Wainwright"), ("Jack", "Sutcliffe"), ("Olivia", "Hargreaves"), ("Oscar", "Lumb"),
    ("Sienna", "Ackroyd"), ("Evan", "Thwaite"), ("Lily-Mae", "Brearley"), ("Kayden", "Holroyd"),
    ("Amara", "Okeke"), ("Ben", "O'Hara"),
]
C_STAFF = [
    ("Mrs", "Catherine", "Whelan"), ("Mrs", "Dawn", "Kilbride"), ("Miss", "Orla", "Fennelly"),
    ("Ms", "Yetunde", "Alabi"), ("Dr", "Stephen", "Ashcroft"), ("Mx", "Jamie", "Lennox"),
    ("Mr", "Piotr", "Sadowski"), ("Mrs", "Anne-Marie", "Cassidy"), ("Miss", "Lauren", "Shaw"),
    ("Mr", "Eoin", "Ó Súilleabháin"), ("Ms", "Marisol", "Vega"),
]
C_POSTS = [
    # ---- no findings ---------------------------------------------------------------------------------
    "⟦-w|Autumn⟧ term dates are on the council site 👉 ⟦-ou|https://www.leeds.gov.uk/schools/term-dates⟧ 🍂",
    "Anyone else’s ⟦-w|ivy⟧ taking over the fence?? 🌿 need a gardener in ⟦-pl|Moorcroft⟧",
    "Sat under a ⟦-w|willow⟧ tree at Golden Acre for an hour while they were at football, bliss 🌳☀️",
    "Choosing a ⟦-w|faith⟧ school was a big decision for us but no regrets 🙏",
    "Give yourselves a ⟦-w|pat⟧ on the back, Y6 parents – SATs done!!! 🥂",
    "Nativity parts are out 🌟 mine’s an ⟦-w|angel⟧ AGAIN, three years running 😂",
    "The rain this morning was a ⟦-w|blessing⟧ in disguise, nobody fancied the sponsored walk anyway 🌧️",
    "⟦-nr|Fr Dermot⟧’s homily on ⟦-w|mercy⟧ this morning was spot on 🙏",
    "Up at ⟦-w|dawn⟧ making a Roman shield out of a pizza box 🛡️🍕 homework projects are for the parents really",
    "Another ⟦-w|power⟧ cut on our road ⚡ anyone else?",
    "The ⟦-w|Bishop⟧ of Leeds is coming for confirmations on ⟦-d|Sunday 18th May⟧ ⛪",
    "Roadworks on ⟦-sn|Chapel Walk⟧ until ⟦-d|Friday⟧ 🚧 park at the church instead",
    "Ring road’s gridlocked, avoid the ⟦-np|A61⟧ and the ⟦-np|A6120⟧ 😤",
    "Does ⟦-os|St Bede's⟧ do wraparound care? asking for a friend 🤔",
    "Congratulations to ⟦-os|St Francis Xavier RC Primary⟧ on their inspection 👏🏾 well deserved",
    "⟦-gs|The school⟧ office closes at ⟦-n|3.30pm⟧ on Fridays now, fyi",
    "Amazon order ⟦-n|204-5581937-1249933⟧ (glue sticks for the craft fair) went to ⟦-np|LS17⟧ something else entirely 🙃",
    "Feels like ⟦-w|destiny⟧ that the rain stopped right at home time ☀️",
    "A paper ⟦-w|crane⟧ for every child hanging in the church porch 🕊️ beautiful",
    "Wellies essential, the field by the beck is basically a ⟦-w|marsh⟧ 🥾",
    "Uniform shop keeps rejecting ⟦-np|LS17 8CV⟧ – ahh I typed it wrong 🤦",
    "⟦-nr|Father Christmas⟧ is coming to the PTA fair 🎅 ⟦-d|Sat 6th Dec⟧, ⟦-n|£4⟧ a visit",
    "Is ⟦-os|Moorcroft Primary⟧ doing the Santa dash this year too? 🎅🏃",
    "We light a candle for the feast of ⟦-nr|St Clare⟧ every ⟦-d|11th August⟧ 🕯️",
    "Robinwood deposit 🧗\nSort code ⟦-n|20-32-06⟧\nAcc ⟦-n|53118820⟧\nRef ⟦-n|RESI-Y6⟧",
    "Y1 are doing ⟦-nr|Noah⟧’s Ark this term 🌈🐘🦒 send in any cardboard boxes!",
    "The choir’s ⟦-w|Ave Maria⟧ at the carol service 😭🎶",
    "Watching ⟦-nr|Pope Francis⟧’s Christmas message with the grandparents 🇻🇦",
    "Admissions for ⟦-gs|primary school⟧ close ⟦-d|15 January⟧ – don’t miss it! ⟦-ou|https://www.stbedes.leeds.sch.uk/admissions⟧ has a good explainer too",
    "Ofsted URN ⟦-n|136742⟧ if you want to read the report yourself 📄",
    "Gritter hasn’t done ⟦-sn|Willow Crescent⟧ or ⟦-sn|Ivy Grove⟧ yet ❄️ careful on the way in",
    # ---- findings ------------------------------------------------------------------------------------
    "Our ⟦P|Autumn⟧ starts in Reception at ⟦I|St Clare's⟧ in the ⟦-w|autumn⟧ 🍂 couldn’t resist the name 😂",
    "⟦P|Pat⟧ got a ⟦-w|pat⟧ on the head from the ⟦-w|Bishop⟧ at confirmation 😂",
    "⟦P|Angel Ramos⟧ played the ⟦-w|angel⟧ Gabriel and absolutely nailed it 👼✨",
    "⟦P|Chloé⟧ and ⟦P|Renee⟧ have been best friends since nursery 💕",
    "⟦P|Chloe Marchand⟧’s mum here 👋 is French club still on ⟦-d|Thursday⟧?",
    "⟦P|Oisin⟧ lost his reading book 📕 (again) – anyone seen ‘The Owl Who Was Afraid of the Dark’?",
    "⟦P|Peggy⟧ is ⟦-nr|Mary⟧ in the nativity!! 🌟 ⟦P|Margaret Kowalski⟧ you star 😭",
    "⟦P|Clare⟧ says ⟦I|St Clare's⟧ is ‘her’ school because it’s got her name on it 😂❤️",
    "⟦P|Clare Donnelly⟧ and ⟦P|Francis Quinlan⟧ read at the ⟦I|St Clare’s⟧ leavers’ Mass 🕊️",
    "⟦P|Xavier⟧ wants to know if ⟦P|Francis⟧ can come to his party 🎈 he’s in ⟦S|Miss Fennelly⟧’s class",
    "⟦P|Bernadette Fahy⟧ and ⟦P|Mary-Kate Flynn⟧ – Y6 house captains 🏅",
    "⟦P|Joe⟧’s tooth fell out in ⟦S|Ms Alabi⟧’s lesson 🦷 she gave him an envelope for it, bless",
    "⟦P|Liam O’Rourke⟧ and ⟦P|Ben O'Hara⟧ are inseparable 😂 trouble x2",
    "⟦P|luca⟧ n ⟦P|giulia⟧ both had pizza for lunch again 🍕🇮🇹 shock",
    "⟦P|Antoni Wisniewski⟧ read his Polish poem so beautifully 🥹",
    "☘️ ⟦P|Fionn⟧, ⟦P|Tadhg⟧ and ⟦P|Róisín⟧ are on the Gaelic football team",
    "⟦P|Eabha Murray⟧’s dad, can you message me about the lift share 🚗",
    "⟦P|Harper Quigley⟧ raised ⟦-n|£150⟧ for CAFOD by cutting her hair 💇‍♀️❤️ ⟦I|#StClaresFamily⟧",
    "⟦P|Bella⟧ & ⟦P|Tess⟧ made rosaries for the whole class 📿",
    "🇵🇹 ⟦P|Maria⟧ and ⟦P|Tiago⟧ taught the class to count in Portuguese 🔢",
    "⟦P|Kojo⟧ turns 8 on ⟦D|17th October⟧ 🎂 invites going in book bags this week",
    "⟦P|Mattie⟧ cartwheeled straight into the nativity set 🤸 ⟦P|Matilda Crane⟧ you are chaos",
    "⟦P|Dom⟧’s mum here 👋 anyone got a spare white shirt age ⟦-n|7-8⟧? 👕",
    "The two Noahs 😂 ⟦P|Noah Quinn⟧ and ⟦P|Noah Ademola⟧ have the same lunchbox and keep swapping",
    "🇰🇪 ⟦P|Tony⟧ ran the whole 5k with his grandad!",
    "⟦P|Theo Bishop⟧ is an altar server now ⛪ the ⟦-w|bishop⟧ himself came to bless the new servers",
    "⟦P|Sean Power⟧ has been picked for the rugby league foundation camp 🏉",
    "⟦P|Anais Girard⟧ won the spelling bee 🐝 ⟦S|Mx Lennox⟧ was so proud",
    "⟦P|Emily⟧, ⟦P|Jack⟧, ⟦P|Olivia⟧ and ⟦P|Oscar⟧ – well done on ⟦-n|100%⟧ attendance 🏅",
    "Has anyone seen a navy cardi, label says ⟦P|Sienna Ackroyd⟧ 🧥",
    "⟦S|Dawn⟧ on reception says the forms are due back ⟦-d|Friday⟧ 📋",
    "Thank you ⟦S|Miss Whelan⟧ for the lovely assembly 🙏",
    "🎹 ⟦S|Mrs. Cassidy⟧ and the choir sang at the cathedral 😭🎶",
    "⟦S|Anne-Marie Cassidy⟧ retiring after 30 years in Y2 💐 card going round at the gate",
    "⟦S|Dr Ashcroft⟧ (chair of governors) ran the tombola at the Christmas fair 🎄",
    "Honoured to continue as Chair of Governors at ⟦I|St Clare's Catholic Primary School⟧. Thank you to ⟦S|Mrs Whelan⟧, ⟦S|Mr Sadowski⟧ and the whole team for an outstanding year.\n\n#CatholicEducation #Leeds",
    "🇮🇪 ⟦S|Mr Ó Súilleabháin⟧ taught Y5 the tin whistle and now my ears hurt 😂",
    "⟦S|mr o suilleabhain⟧ is the best teacher ever!!!! ⟦P|fionn⟧ says so",
    "⟦S|Piotr Sadowski⟧ coaches the under 9s on Saturdays ⚽",
    "⟦S|Mrs Alabi⟧ said ⟦P|Blessing⟧’s reading has come on loads 📈",
    "Ring ⟦I|0113-496-0550⟧ before ⟦-n|9am⟧ to report an absence ☎️",
    "The office number is ⟦I|(0113) 4960550⟧ now, not the old one 👍",
    "abroad? ⟦I|+441134960550⟧ 🌍",
    "Sat nav: ⟦I|8 Chapel Walk, Moorcroft, Leeds⟧ ⟦I|LS17 8QJ⟧ 🚗 open morning ⟦-d|Tues 14th⟧",
    "Postcode for the summer fair: ⟦I|ls178qj⟧ 🎡",
    "Photos are on ⟦I|stclares.leeds.sch.uk⟧ (password’s in the newsletter) 📸",
    "Full details here 👉 ⟦I|https://www.stclares.leeds.sch.uk/news?id=3&cat=pta⟧",
    "⟦I|@StClaresLeeds⟧ is the official account, the other one is a fake 🚫",
    "⟦I|#stclaresfamily⟧ ❤️ best school in ⟦-pl|Moorcroft⟧",
    "⟦I|ST CLARE'S PRIMARY⟧ PTA QUIZ NIGHT 🧠 ⟦-d|FRI 7TH MARCH⟧ 🍷",
    "⟦I|SCCP⟧ v ⟦-os|St Bede's⟧ in the netball final!!! 🏐",
    "⟦I|St Clare's Primary School⟧ is recruiting a cook 👩‍🍳 ⟦I|https://stclares.leeds.sch.uk/vacancies⟧",
    "⟦I|st clare’s catholic primary⟧ is SO much better since the new head tbh",
    "Our ⟦I|#StClaresLeeds⟧ Advent calendar 🎄 day 3: ⟦P|Willow Bancroft⟧ singing Silent Night",
    "Absolutely FUMING 😡\n\n⟦P|Autumn⟧ came home with a bump on her head and nobody rang me. I had to find out from ⟦P|Ivy Marsh⟧’s mum at the gate!!\n\nI’ve emailed ⟦S|Mrs Whelan⟧ twice. Is this what ⟦I|St Clare's⟧ calls safeguarding?? #notimpressed",
    "Not being funny but ⟦S|Mr Sadowski⟧ keeping the whole of Y5 in at lunch because ⟦P|Rory⟧ and ⟦P|Kojo⟧ were messing about is NOT fair 🤬 ⟦-gs|primary school⟧ kids need their break",
    "Childminder in ⟦-pl|Moorcroft⟧ with spaces from ⟦-d|January⟧ 🧸 call ⟦T|0113 496 0781⟧",
    "Lift to the Y3 party? 🚗 text me on ⟦T|07700 900 842⟧ – ⟦P|Caitlin⟧’s mum",
    "⟦P|Harper⟧’s dad, ⟦T|+44 (0) 7700 900 517⟧, call if she’s not at the gate 🙏",
    "Grandma in Reading – ⟦T|(0118) 496 0362⟧ – is the emergency contact for ⟦P|Tiago⟧ next week",
    "Our Belfast number is ⟦T|028-9649-6104⟧ if ⟦P|Liam⟧’s forms need signing over the holidays",
    "Party RSVPs to ⟦T|07700900634⟧ please 🎈 ⟦P|Lily-Mae⟧’s 7th!",
    "⟦T|+44 7700 900 976⟧ – that’s me, ⟦P|Sophia⟧’s mum, for the class WhatsApp 💬",
    "Costume photos to ⟦E|mary.flynn.family@gmail.com⟧ please 🎭",
    "⟦E|KOJO.ANNAN.DAD@HOTMAIL.COM⟧ – for the football carpool",
    "PTA email: ⟦E|stclares.pta.moorcroft@outlook.com⟧ 💌",
    "Raffle money queries to ⟦E|d.kilbride@btinternet.com⟧ – ⟦S|Dawn⟧ said it’s fine to share 😊",
    "Party at ⟦A|12 Chapel Walk, Moorcroft⟧ ⟦C|LS17 8QL⟧ 🎉 (the house opposite ⟦-gs|school⟧!)",
    "New address 🏡 ⟦A|27 Ivy Grove⟧, ⟦C|ls6 2qe⟧ – ⟦P|Ivy⟧ is thrilled about the street name 😂",
    "Jumble sale donations to ⟦A|5 Bishop’s Row, Horsforth⟧ please 👗",
    "⟦A|104 Otley Road, Headingley⟧, ⟦C|LS6 4BA⟧ – ⟦P|Tadhg⟧’s grandma’s, if anyone needs to drop him",
    "⟦A|19b Harrogate Road, Leeds⟧ ⟦C|LS7 3PD⟧ – returns for the book sale please 📚",
    "Lost cat 🐈 near ⟦A|41 Willow Crescent⟧, answers to ⟦-nr|Mittens⟧",
    "Moved to ⟦A|2 Kings Place, Knaresborough⟧ ⟦C|HG5 0AX⟧ 🏡 ⟦P|Rory⟧ starts his new school in ⟦-d|January⟧ 😢",
    "Sending ⟦P|Kayden⟧’s old bike to his cousin, ⟦C|B33 8TH⟧ 📦",
    "Visiting family in London ⟦C|E1W1AX⟧ this weekend so ⟦P|Zayn⟧ will be off ⟦-d|Monday⟧",
    "⟦P|Noah Ademola⟧’s auntie lives in Manchester, ⟦C|M4 5JD⟧ 🐝 we’re off to see her",
    "Theatre trip 🎭 postcode for the coach driver: ⟦C|wc2h 7lt⟧",
    "Registration form 📝\nChild: ⟦P|Hania Zając⟧\nDate of birth: ⟦D|03/11/2017⟧\nParent mobile: ⟦T|07700 900 719⟧",
    "⟦P|Renée⟧ was born on ⟦D|1st April 2018⟧ 🃏 no joke!!",
    "d.o.b. ⟦D|2016-08-30⟧ – youngest in ⟦P|Jack⟧’s year by a mile 😅",
    "⟦P|Evan⟧ was born ⟦D|12 Jan 2017⟧ at ⟦-n|3.42am⟧ – 8 years ago today 🥹🎂",
    "⟦P|Amara⟧ turns 6 on ⟦D|28th February⟧ 🎂 unicorn party 🦄",
    "Office have ⟦P|Kayden⟧’s DOB down as ⟦D|14/6/19⟧ instead of ⟦D|14/6/18⟧ 🙈 no wonder he got put in the wrong class",
    "⟦P|Oscar⟧’s 10th birthday is on ⟦D|3 June⟧ so he’ll miss the Y5 trip 😩",
    "DATE OF BIRTH ⟦D|07 DEC 2016⟧ – ⟦P|ROISIN KEANE⟧",
    "My nephew ⟦-nr|Tobi⟧ at ⟦-os|Hollowmere Academy⟧ in Devon says hi to ⟦P|Xavier⟧ 👋",
    "⟦P|willow⟧ sat under the ⟦-w|willow⟧ tree all lunchtime reading 📖🌳",
    "🇬🇭 ⟦P|Mercy Asare⟧ and ⟦P|Blessing Mensah⟧ did a Ghanaian dance at the summer fair 💃",
    "⟦P|Destiny⟧ and ⟦P|Faith⟧ sang the psalm at Mass 🎶",
    "🇮🇪 ⟦P|Rory Devlin⟧ says thank you to ⟦S|Eoin⟧ for the hurling session",
    "⟦P|ivy⟧ ⟦P|willow⟧ ⟦P|autumn⟧ n ⟦P|faith⟧ all in the same class next year!!! 😱😱",
    "⟦P|PEGGY⟧ GOT HER PEN LICENCE ✍️🎉",
    "Emergency contacts updated for ⟦P|Giulia Romano⟧: mum ⟦T|07700 900 233⟧, nonna ⟦T|020 7946 0371⟧",
    "⟦P|Zofia Nowakowska⟧ turns 9 on ⟦D|30 March⟧ and wants a Bluey cake 🐶🎂",
    "⟦S|Catherine Whelan⟧ 🎓 has been appointed executive head for the diocese trust 👏",
]

SCHOOLS = [
    {"id": H_ID, "place": H_PLACE, "school": H_SCHOOL, "pupils": H_PUPILS, "staff": H_STAFF, "posts": H_POSTS},
    {"id": C_ID, "place": C_PLACE, "school": C_SCHOOL, "pupils": C_PUPILS, "staff": C_STAFF, "posts": C_POSTS},
]


def config(s):
    pupils = []
    for p in s["pupils"]:
        d = {"first": p[0], "last": p[1]}
        if len(p) > 2:
            d["preferred"] = p[2]
        pupils.append(d)
    staff = [{"first": f, "last": l, "title": t} for t, f, l in s["staff"]]
    return {"role": "staff", "school": s["school"], "pupils": pupils, "staff": staff}


# ----------------------------------------------------------------------------------------------- build
MARK = re.compile(r"⟦(-?[A-Za-z]+)\|(.*?)⟧", re.S)


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def assemble(src):
    """Strip the markup, returning (text, findings, negatives) with UTF-16 offsets."""
    out, finds, negs, pos = "", [], [], 0
    for m in MARK.finditer(src):
        out += src[pos:m.start()]
        code, piece = m.group(1), m.group(2)
        start = u16(out)
        out += piece
        end = u16(out)
        if code.startswith("-"):
            negs.append({"type": NEGS[code[1:]], "start": start, "end": end, "text": piece})
        else:
            finds.append({"kind": KINDS[code], "start": start, "end": end, "text": piece})
        pos = m.end()
    out += src[pos:]
    assert "⟦" not in out and "⟧" not in out, src
    return out, finds, negs


def slice16(s, a, b):
    return s.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le")


def verify(text, finds, negs, pid):
    for sp in finds + negs:
        assert slice16(text, sp["start"], sp["end"]) == sp["text"], (pid, sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (pid, sp)
    spans = sorted(finds + negs, key=lambda x: x["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], ("overlap", pid, a, b)


def main():
    all_posts, all_gold, school_rows = [], [], []
    os.makedirs(os.path.join(HERE, "schools"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "posts"), exist_ok=True)
    for s in SCHOOLS:
        cfg = config(s)
        texts = set()
        posts, gold = [], []
        for i, src in enumerate(s["posts"]):
            pid = f"{s['id']}-{i:04d}"
            text, finds, negs = assemble(src)
            verify(text, finds, negs, pid)
            assert text not in texts, ("duplicate post", pid)
            texts.add(text)
            posts.append({"id": pid, "school": s["id"], "text": text})
            gold.append({"id": pid, "school": s["id"], "findings": finds, "negatives": negs})
        with open(os.path.join(HERE, "schools", f"{s['id']}.config.json"), "w", encoding="utf-8") as f:
            json.dump(cfg, f, indent=1, ensure_ascii=False); f.write("\n")
        with open(os.path.join(HERE, "posts", f"{s['id']}.jsonl"), "w", encoding="utf-8") as f:
            for p in posts:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        all_posts += posts; all_gold += gold
        school_rows.append({"id": s["id"], "name": s["school"]["name"], "place": s["place"],
                            "pupils": len(cfg["pupils"]), "staff": len(cfg["staff"]), "role": cfg["role"],
                            "posts": len(posts), "clean_posts": sum(1 for g in gold if not g["findings"])})
        s["cfg"], s["posts_out"], s["gold_out"] = cfg, posts, gold
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in all_posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in all_gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")

    spans, negc = {}, {}
    for g in all_gold:
        for x in g["findings"]:
            spans[x["kind"]] = spans.get(x["kind"], 0) + 1
        for x in g["negatives"]:
            negc[x["type"]] = negc.get(x["type"], 0) + 1
    summary = {
        "seed": None,
        "heldout_phrasings": True,
        "generator": "/tmp/heldout2/make.py (hand-written posts, hand-labelled; independent of the eval sample)",
        "schools": school_rows,
        "posts": len(all_posts),
        "clean_posts": sum(1 for g in all_gold if not g["findings"]),
        "spans": {k: spans.get(k, 0) for k in KINDS.values()},
        "hard_negatives": negc,
        "spans_total": sum(spans.values()),
        "hard_negatives_total": sum(negc.values()),
    }
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False); f.write("\n")
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    if "--check" in sys.argv:
        for s in SCHOOLS:
            review(s)


# ----------------------------------------------------------------------------------------------- review aid
FOLD = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "’": "'", "ø": "o", "Ø": "O"}


def fold(s):
    """Per-character accent fold that keeps code-point positions."""
    out = []
    for ch in s:
        ch = FOLD.get(ch, ch)
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        out.append(base[0])
    return "".join(out).lower()


def name_forms(cfg):
    """Folded strings a labelled pupil / staff span may legitimately equal."""
    pupil, staff = set(), set()
    for p in cfg["pupils"]:
        for first in filter(None, (p["first"], p.get("preferred"))):
            pupil |= {fold(first), fold(first + " " + p["last"])}
    for p in cfg["staff"]:
        staff |= {fold(p["first"]), fold(p["first"] + " " + p["last"])}
        for t in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"):
            for dot in ("", "."):
                staff.add(fold(f"{t}{dot} {p['last']}"))
    return pupil, staff


def review(s):
    """Print unlabelled roster tokens / identifiers / number-like strings, and name labels off the roster."""
    cfg, posts, gold = s["cfg"], s["posts_out"], s["gold_out"]
    toks = set()
    for p in cfg["pupils"] + cfg["staff"]:
        for k in ("first", "last", "preferred"):
            if p.get(k):
                for t in re.split(r"[\s-]+", p[k]):
                    toks.add(fold(t))
    sc = cfg["school"]
    idents = [sc["name"], *sc["aliases"], *sc["hashtags"], *sc["handles"], *sc["domains"], s["place"],
              sc["postcode"], sc["postcode"].replace(" ", "")]
    pupil_forms, staff_forms = name_forms(cfg)
    pats = [r"\d[\d\s().+-]{5,}\d", r"\b[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b", r"[^\s,;:()]+@[^\s,;:()]+[^\s,;:().!?]",
            r"(https?://|www\.)[^\s)]*[^\s).,]", r"[\w.+-]+\.(?:co\.uk|com|org|uk)(?:/[^\s)]*[^\s).,])?"]
    for p, g in zip(posts, gold):
        text = p["text"]
        cov = []
        for sp in g["findings"] + g["negatives"]:
            a = len(text.encode("utf-16-le")[:2 * sp["start"]].decode("utf-16-le"))
            cov.append((a, a + len(sp["text"])))
        inside = lambda a, b: any(x <= a and b <= y for x, y in cov)
        ft = fold(text)
        for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", ft):
            w, a, b = m.group(0), m.start(), m.end()
            if w.endswith("'s") and w[:-2] in toks:
                w, b = w[:-2], b - 2
            if len(w) > 1 and w in toks and not inside(a, b):
                print(f"{p['id']}: unlabelled roster token {text[a:b]!r}: {text!r}")
        for ident in idents:
            for m in re.finditer(re.escape(fold(ident)), ft):
                if not inside(m.start(), m.end()):
                    print(f"{p['id']}: unlabelled identifier-like {text[m.start():m.end()]!r}: {text!r}")
        for pat in pats:
            for m in re.finditer(pat, ft):
                if not inside(m.start(), m.end()):
                    print(f"{p['id']}: unlabelled pattern {text[m.start():m.end()]!r}: {text!r}")
        if re.search(r"\b(?:born|dob|d\.o\.b|birth|turns|birthday)\b", ft) and \
                not any(sp["kind"] == "date_of_birth" for sp in g["findings"]):
            print(f"{p['id']}: birth word but no date_of_birth label: {text!r}")
        for sp in g["findings"]:
            f = fold(sp["text"])
            if sp["kind"] == "pupil_name" and f not in pupil_forms:
                print(f"{p['id']}: pupil label not a roster form: {sp['text']!r}")
            if sp["kind"] == "staff_name" and f not in staff_forms:
                print(f"{p['id']}: staff label not a roster form: {sp['text']!r}")
            if f in pupil_forms and f in staff_forms:
                print(f"{p['id']}: label matches both pupil and staff forms: {sp['text']!r}")


if __name__ == "__main__":
    main()
