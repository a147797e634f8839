#!/usr/bin/env python3
"""Build the hand-labelled "phrasings" evaluation set for PostGuard.

Independent of the public eval sample: one fictional school (p00-harbourside), 150 hand-written posts whose
sentence templates differ from the sample's. Labels follow /work/shared/eval-sample/CONTRACT.md.

Each post is written with inline markup; the script strips the markup while assembling the text and records
every span as it goes (no hand-counted offsets):
    ⟦K|text⟧      a gold finding of kind K (codes in KINDS below)
    ⟦-t|text⟧     a planted hard negative of type t (codes in NEGS below)
Offsets are written in UTF-16 code units, half-open, and every span is re-checked against the final text.

Re-run:  python3 make.py        (writes schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to itself)
         python3 make.py --check   (also prints roster-name / number-like substrings that carry no label, for review)
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SCHOOL_ID = "p00-harbourside"

KINDS = {"P": "pupil_name", "S": "staff_name", "I": "school_identifier", "T": "phone_number",
         "E": "email_address", "A": "street_address", "C": "postcode", "D": "date_of_birth"}
NEGS = {"w": "word", "n": "number", "os": "other_school", "nr": "non_roster_name", "d": "date",
        "gs": "generic_school", "ou": "other_url", "sn": "street_no_number", "np": "not_postcode",
        "pl": "place"}

# ----------------------------------------------------------------------------------------------- config
PUPILS = [
    ("Oliver", "Bennett"), ("Amelia", "Clarke"), ("Harry", "Whitfield"), ("Isla", "Thornton"),
    ("Jack", "Pemberton"), ("Poppy", "Harding"), ("Alfie", "Smith-Hughes"), ("Freya", "Lambert"),
    ("Charlie", "Dawson"), ("Evie", "Marsh"), ("Thomas", "Holloway"), ("Ruby", "Fletcher"),
    ("George", "Ainsworth"), ("Lily", "Kendrick"), ("Oscar", "Rowntree"), ("Daisy", "Holt"),
    ("Florence", "Whitaker"), ("Noah", "Caldwell"), ("Mia", "D'Souza"), ("Leo", "Hartley"),
    ("Finley", "Brook"), ("Grace", "Whitmore"), ("William", "Barker", "Will"), ("Hope", "Adeyinka"),
    ("May", "Liang"), ("Summer", "Tierney"), ("Joy", "Okonkwo"), ("Amber", "Singh"),
    ("Rose", "Gallagher"), ("Mark", "Kowalczyk"), ("Honey", "Ahmed"), ("Robin", "Featherstone"),
    ("Faith", "Adeleke"), ("Sunny", "Patel"), ("Dawn", "Mitchell"), ("Holly", "Brennan"),
    ("Séamus", "O'Connor"), ("Aoife", "Byrne"), ("Niamh", "Gallagher"), ("Caoimhe", "Doyle"),
    ("Cillian", "Quinn"), ("Saoirse", "McCarthy"), ("Oisín", "Kavanagh"), ("Ciara", "O'Sullivan"),
    ("Aarav", "Sharma"), ("Ananya", "Iyer"), ("Zainab", "Hussain"), ("Arjun", "Nair"),
    ("Fatima", "Begum"), ("Ibrahim", "Chowdhury"), ("Harpreet", "Gill"), ("Aisha", "Malik"),
    ("Rohan", "Desai"), ("Saanvi", "Reddy"), ("Yusuf", "Qureshi"), ("Łukasz", "Nowicki"),
    ("Zuzanna", "Wiśniewska"), ("Aleksandra", "Nowak", "Ola"), ("Jakub", "Kamiński"),
    ("Wiktoria", "Lewandowska"), ("Szymon", "Dąbrowski"), ("Maja", "Kaczmarek"),
    ("Oluwaseun", "Adebayo", "Seun"), ("Chiamaka", "Eze"), ("Tobenna", "Obi"), ("Adaeze", "Nwachukwu"),
    ("Ifeoluwa", "Ogunleye"), ("Emeka", "Okoro"), ("Temitope", "Bakare"), ("Hodan", "Warsame"),
    ("Abdirahman", "Farah"), ("Ayaan", "Mohamud"), ("Khadra", "Jama"), ("Liban", "Hassan"),
    ("Najma", "Abdi"), ("Yuxi", "Wang"), ("Haoran", "Li"), ("Jiayi", "Chen"), ("Zihan", "Liu"),
    ("Ruoxi", "Huang"), ("Ayşe", "Demir"), ("Mehmet", "Kaya"), ("Elif", "Şahin"), ("Emir", "Çelik"),
    ("Zeynep", "Aydın"), ("Andrei", "Popa"), ("Bianca", "Ionescu"), ("Ștefan", "Munteanu"),
    ("Alexandru", "Dumitru"), ("Denisa", "Rusu"), ("Linh", "Nguyễn"), ("Bảo", "Trần"), ("Minh", "Phạm"),
    ("Thư", "Đỗ"), ("Zoë", "Fairbairn"), ("Noémie", "Laurent"), ("José", "Fernández"), ("Ellis", "Young"),
    ("Archie", "Pickering"), ("Harriet", "Lowe"), ("Jacob", "Winter"), ("Sophie", "Fox"),
    ("Max", "Carpenter"), ("Erin", "Walsh"), ("Kian", "Doherty"), ("Layla", "Mahmood"), ("Musa", "Kamara"),
    ("Precious", "Adewale"), ("Tyler", "Jenkins"), ("Lola", "Bright"), ("Reuben", "Stone"),
    ("Esme", "Hart"), ("Theo", "Marchetti"), ("Nia", "Roberts"), ("Dylan", "Pritchard"),
    ("Eliza", "Tanaka"), ("Kacper", "Wróbel"), ("Elizabeth", "Ward"), ("Hamza", "Siddiqui"),
    ("Tilly", "Ashby"),
]
STAFF = [
    ("Mrs", "Helen", "Ashworth"), ("Mr", "Daniel", "Okafor"), ("Miss", "Siobhán", "Kearney"),
    ("Ms", "Priya", "Raghunathan"), ("Mx", "Jordan", "Pryce"), ("Dr", "Małgorzata", "Zielińska"),
    ("Mr", "Tomasz", "Wójcik"), ("Mrs", "Funmilayo", "Adeyemi-Cole"), ("Miss", "Leanne", "Bell"),
    ("Mr", "Kwame", "Mensah"), ("Mrs", "Farhiya", "Osman"), ("Ms", "Hui", "Zhang"), ("Mr", "Emre", "Yıldız"),
    ("Mrs", "Ioana", "Popescu"), ("Miss", "Thảo", "Lê"), ("Mr", "Rhys", "Llewellyn"), ("Mrs", "Sarah", "Moss"),
    ("Mr", "Patrick", "O'Donoghue"), ("Ms", "Amara", "Nwosu"), ("Mrs", "Bernadette", "Fairclough"),
]
SCHOOL = {
    "name": "Harbourside Church of England Primary School",
    "aliases": ["Harbourside Primary", "Harbourside Primary School", "Harbourside CE", "Harbourside CE Primary", "HCEP"],
    "hashtags": ["#HarboursidePrimary"],
    "handles": ["@HarboursideCEP"],
    "domains": ["harbourside.sch.uk"],
    "address": "3 Quay Street, Harbourside, Bristol",
    "postcode": "BS1 4DJ",
    "phone": "0117 496 0123",
}


def config():
    pupils = []
    for p in PUPILS:
        d = {"first": p[0], "last": p[1]}
        if len(p) > 2:
            d["preferred"] = p[2]
        pupils.append(d)
    staff = [{"first": f, "last": l, "title": t} for t, f, l in STAFF]
    return {"role": "staff", "school": SCHOOL, "pupils": pupils, "staff": staff}


# ----------------------------------------------------------------------------------------------- posts
# 150 posts, hand-written. Codes: P pupil, S staff, I school identifier, T phone, E email, A street address,
# C postcode, D date of birth; negatives: -w word, -n number, -os other school, -nr non-roster name, -d date,
# -gs generic school, -ou other url, -sn street without number, -np not a postcode, -pl place (village alone).
POSTS = [
    # ---- posts with no findings (hard negatives) ------------------------------------------------------
    "Just checked ParentPay – apparently we get a ⟦-w|grace⟧ period of ⟦-n|7 days⟧ on dinner money before they chase 🙄 ⟦-n|£2.60⟧ a day now!!",
    "Anyone free to help on the tombola at the ⟦-w|Summer⟧ Fayre? ⟦-n|11⟧ till ⟦-n|1pm⟧, shout if you can 🙏🏽",
    "📅 ⟦-w|Mark⟧ your diaries folks!! Christmas jumper day is ⟦-d|Fri 12th Dec⟧, ⟦-n|£1⟧ donation 🎄",
    "does anyone know if the PE kit changes in ⟦-w|May⟧? last year it was after half term i think",
    "Parcel for the PTA went to the wrong house 😩 tracking no. ⟦-n|JD0002234519876543⟧ if anyone’s had it left on their step",
    "Swimming money – bank transfer only pls\nSort code ⟦-n|30-94-57⟧\nAcc ⟦-n|01234567⟧\nRef ⟦-n|SWIM24⟧\n(NOT cash in envelopes 🙏)",
    "Class book this term is Kensuke’s Kingdom (ISBN ⟦-n|9780141354217⟧) – charity shops have loads 📚",
    "Final whistle ⟦-n|21 - 14⟧ to the Dolphins 🐬 cracking game, freezing though 🥶",
    "Nativity is in ⟦-n|Room 101⟧ lol 😂 no seriously, it’s in the hall at ⟦-n|2.15pm⟧",
    "Roadworks on ⟦-sn|Quay Street⟧ again from Monday 🚧 leave extra time for drop off",
    "Massive queue on the ⟦-np|M32⟧ this morning and then the ⟦-np|A4⟧ was shut too 😩 anyone else late in?",
    "Uniform website won’t take my postcode, keeps saying ⟦-np|VI7 3OC⟧ is invalid… ok fair I typed it wrong 🙈",
    "⟦-w|Hope⟧ everyone had a lovely half term ☀️ back to reality tomorrow",
    "⟦-w|SUNNY⟧ SPELLS FORECAST FOR SPORTS DAY 🤞🤞🤞",
    "Our ⟦-w|holly⟧ bush has gone mad 🎄 anyone want some for the wreath workshop?",
    "The ⟦-w|robin⟧ is back in the hedge by the playground, the kids are obsessed 🐦",
    "Up at ⟦-w|dawn⟧ with the baby AGAIN. Coffee. Now. ☕☕",
    "⟦-w|Amber⟧ weather warning for tomorrow ⚠️ any word on closures?",
    "Lovely stroll round ⟦-pl|Harbourside⟧ this afternoon, the boats are all lit up ✨⛵",
    "Wasn’t impressed with ⟦-os|Harbour View Academy⟧ on the open evening tbh, staying put 🤷‍♀️",
    "Congratulations to ⟦-os|St Anselm’s Primary⟧ on their Ofsted, well deserved 👏🏾",
    "⟦-w|Faith⟧ in humanity restored – someone handed my purse in at the Co-op 🙌",
    "Who else’s kids are obsessed with ⟦-w|honey⟧ on toast atm 🍯🍞",
    "⟦-gs|The school⟧ gates are locked at ⟦-n|8:55⟧ sharp now fyi",
    "My nephew ⟦-nr|Kai⟧ just started reception somewhere else and loves it 🥰",
    "⟦-nr|Sharon⟧ at the chippy does a ⟦-n|£5⟧ kids deal on Wednesdays, bargain 🐟🍟",
    "Parking ticket was ⟦-n|£70⟧ 🤬 on ⟦-sn|Harbour Road⟧. DON’T park on the zigzags people",
    "Reminder the coach to the zoo leaves at ⟦-n|08:15⟧, back around ⟦-n|15:45⟧. Packed lunches!! 🥪🦒",
    "Apply for ⟦-gs|primary school⟧ places here 👉 ⟦-ou|https://www.bristol.gov.uk/schools-learning-early-years/apply-for-a-school-place⟧",
    "Love this for times tables practice 👌🏻 ⟦-ou|www.bbc.co.uk/bitesize⟧",
    "Anyone doing the ⟦-w|May⟧ Day fun run? ⟦-n|£8⟧ for kids, ⟦-n|£12⟧ adults",
    "Holiday club at the leisure centre ⟦-d|28th July⟧–⟦-d|8th August⟧, ⟦-n|£22⟧/day if anyone’s interested",
    "🇬🇧🇮🇪🇵🇱🇳🇬🇹🇷🇷🇴🇻🇳🇸🇴 International evening was AMAZING, so much food 😍",
    "Does anyone have a number for the football club? not the ⟦-ou|harbourside-fc.co.uk⟧ one, that’s well out of date",
    "Pure ⟦-w|joy⟧ on their faces at the panto 🎭",
    "Bake-off theme is ‘⟦-w|Rose⟧ & Pistachio’ 🌹 good luck everyone x",
    "Kids’ ⟦-w|summer⟧ reading challenge starts at the library on ⟦-d|12 July⟧ 📖",
    "Did ⟦-gs|school⟧ say anything about nits?? 🪲 itching just thinking about it",
    "Weekend results: U9s won ⟦-n|4-0⟧, U10s drew ⟦-n|2–2⟧ 👏🏿",
    "Car boot this Sunday in the ⟦-gs|school⟧ car park, pitches ⟦-n|£10⟧, gates open ⟦-n|7am⟧",
    "Our post keeps ending up in ⟦-np|BS16⟧ instead of ⟦-np|BS1⟧ 😂 royal mail pls",
    "⟦-w|WILL⟧ THIS RAIN EVER STOP ☔☔☔",
    "The ⟦-w|bell⟧ went early today?? they were all out by ⟦-n|3.05⟧",
    "Took the kids down to the ⟦-w|brook⟧ with nets, soaked but happy 🎣",
    "Cake sale ⟦-w|Thu⟧ after drop off 🍰 bring your pennies",
    # ---- posts with findings ------------------------------------------------------------------------
    "⟦P|grace⟧ and ⟦P|hope⟧ have been inseparable all week, so sweet 🥹",
    "⟦-w|Will⟧ ⟦P|Will⟧ be at football tonight or is he still poorly?",
    "Sleepover was chaos 😂 ⟦P|Summer⟧, ⟦P|Amber⟧ and ⟦P|Rose⟧ didn’t nod off til ⟦-n|2am⟧",
    "THANK YOU ⟦S|MRS ASHWORTH⟧ FOR AN AMAZING LEAVERS ASSEMBLY 😭😭❤️",
    "Does ⟦S|Mr. Okafor⟧ still ⟦-w|do⟧ chess on a Tues? ⟦P|Tobenna⟧ wants to join 🙂♟️",
    "⟦P|Łukasz⟧ has been picked for the county squad!!! 🇵🇱⚽ so proud",
    "⟦P|Zoe⟧ asked if ⟦P|Chiamaka⟧ can come to ours after school wed? 🙂",
    "Lovely note from ⟦S|Miss Kearney⟧ about ⟦P|Ayse⟧'s reading, made my day 💕",
    "⟦P|Ciara O’Sullivan⟧ and ⟦P|Séamus O'Connor⟧ are the leads in the Easter play 🐣🎭",
    "Shout out to ⟦S|Mx Pryce⟧ and the Year 4 team for science week 🔬🧪",
    "So ⟦S|Dr Zielińska⟧ is doing the phonics talk on Thurs at ⟦-n|6pm⟧ in the hall, worth going",
    "has anyone got ⟦S|Mrs Zielinska⟧’s email? need to ask about the trip form",
    "⟦S|Tomasz⟧ in the office was sooo helpful sorting the lunch money mix up 👍🏻",
    "Is ⟦S|Miss Bell⟧ off sick again? Year 2 have had supply all week",
    "⟦S|Mrs Adeyemi-Cole⟧'s choir were unreal at the carol concert 🎄🎶",
    "⟦S|Thảo Lê⟧ is running the Lunar New Year stall 🧧🇻🇳 come say hi",
    "⟦S|MRS O’DONOGHUE⟧ IS AN ACTUAL LEGEND 🙌",
    "⟦S|Mrs Moss⟧ retiring after 25 yrs 😢 card going round at the gate",
    "⟦S|Bernadette Fairclough⟧ and ⟦S|Amara Nwosu⟧ organised the whole international evening 🙌🏾",
    "Proud to be part of ⟦I|Harbourside Church of England Primary School⟧ 💙💛 what a term",
    "Job going at ⟦I|HCEP⟧ – lunchtime supervisor, ⟦-n|10 hrs⟧/wk, details ⟦I|https://www.harbourside.sch.uk/vacancies?role=mts&ref=2025⟧",
    "Snow day?? ❄️ nothing on ⟦I|@harboursidecep⟧ yet, fingers crossed 🤞",
    "Photos from the trip are up on ⟦I|harbourside.sch.uk⟧ now 📸 (password’s in the newsletter)",
    "Ring ⟦I|(0117) 496-0123⟧ to report an absence before ⟦-n|9.15⟧ or you get the text",
    "Sat nav 👉 ⟦I|3 Quay Street, Harbourside, Bristol⟧ 🚗 for the open morning",
    "Postcode for ⟦-gs|the school⟧ is ⟦I|BS1 4DJ⟧ if your sat nav is being weird",
    "Dropping the raffle prizes off at ⟦I|BS14DJ⟧ in the morning, anything else to bring?",
    "⟦I|Harbourside Primary⟧’s sports day got moved to ⟦-d|Thursday 3rd July⟧ 🏃‍♀️",
    "Term dates for next year: ⟦I|HTTP://WWW.HARBOURSIDE.SCH.UK/TERM-DATES⟧ (thanks ⟦S|Mrs Osman⟧!)",
    "Menu’s changed again (⟦I|www.harbourside.sch.uk/parents/lunch-menu⟧). Fish on Fridays as usual 🐟",
    "Calling from abroad? dial ⟦I|+44 (0)117 496 0123⟧ for the office 🌍",
    "so is it ⟦I|hcep⟧ or ⟦I|harbourside ce⟧ on the new sweatshirts?? the logo changed 🤔",
    "If anyone finds ⟦P|Faith⟧’s glasses pls ring ⟦T|0117 496 0457⟧ 👓",
    "Lift share to the away match? 🚗 ⟦P|Emeka⟧ and ⟦P|Liban⟧ need a lift, WhatsApp me ⟦T|07700-900-636⟧",
    "Grandma’s landline is ⟦T|(0161) 496 0744⟧ if you need to reach us this week",
    "Text ⟦T|0044 7700 900 158⟧ for the ⟦-n|£15⟧ uniform bundle, ⟦P|Zeynep⟧’s grown out of it",
    "my number: ⟦T|07700.900.273⟧ – pls add me to the class chat 🙏",
    "Pick-up change: ⟦P|Yuxi⟧ is coming home with us today.\nAny probs call ⟦T|+447700900845⟧ (dad) or ⟦T|020 7946 0128⟧ (work)",
    "⟦T|01632 960471⟧ is the number for that tutor I mentioned 📚",
    "New mobile!! ⟦T|07700900919⟧ save it 📱",
    "Work ⟦T|029 2018 0653⟧, mobile ⟦T|+44 (0) 7700 900 527⟧ – either is fine",
    "Any questions email me ⟦E|the_okekes@hotmail.co.uk⟧ – ⟦P|Ifeoluwa⟧’s mum x",
    "PTA treasurer 💰 ⟦E|Harbour.PTA+treasurer@outlook.com⟧",
    "⟦E|grace.whitmore.mum@gmail.com⟧ is my new email btw, the old one got hacked 🙄",
    "forms to ⟦E|J.Kaminski-family@yahoo.co.uk⟧ by Friday please 🙏 ⟦P|Jakub⟧ is so excited",
    "Housewarming Sat from 4! ⟦A|27b Hillside Avenue, Keynsham⟧ ⟦C|BS31 2QE⟧ 🏡🥂",
    "Presents can be dropped at ⟦A|14 Coronation Road⟧, ⟦C|bs3 1ag⟧ 🎁 for ⟦P|Bảo⟧’s party",
    "Party’s at ours – ⟦A|62 Whiteladies Rd⟧, ⟦C|BS8 2QY⟧, ⟦-n|3-5pm⟧ 🥳",
    "⟦A|18 Holly Lane⟧ – if anyone’s passing can they grab the parcel off the step, we’re away til Sunday",
    "📍 ⟦A|5 Orchard Grove, Clevedon⟧ ⟦C|BS217XL⟧ – ⟦P|Honey⟧’s 7th, bouncy castle booked 🏰",
    "Uncle’s flat is ⟦A|101a Gloucester Road⟧, ⟦C|BS7 8AE⟧ if you need to drop ⟦P|Musa⟧ off later",
    "Sending ⟦P|Oscar⟧’s old bike to my sister in Manchester ⟦C|M1 1AE⟧, anyone know a cheap courier? 🚲",
    "Lost cat 🐈‍⬛ near ⟦A|33 Brook Street⟧ – answers to ⟦-nr|Biscuit⟧",
    "Parcel meant for ⟦C|CR2 6XH⟧ got delivered to us 🙄 nowhere near here",
    "⟦P|Oisín⟧ was born on the ⟦D|3rd of March 2016⟧ – same day as his cousin 🤯",
    "Swim club register 📝\nName: ⟦P|Hodan Warsame⟧\nDOB ⟦D|07/11/16⟧\nEmergency contact: ⟦T|07700 900 204⟧",
    "Club form asks for d.o.b. – ⟦P|Temitope⟧’s is ⟦D|12.07.2017⟧ right? my brain has gone 🫠",
    "Her birthday is ⟦D|5 June⟧ so ⟦P|Khadra⟧ ⟦-w|will⟧ be one of the youngest in the class 🥲",
    "⟦P|Ruoxi⟧ turns 7 on ⟦D|12th July⟧ 🎈 party at Jump Zone, invites in book bags",
    "⟦P|Sunny⟧ ⟦-w|will⟧ be 10 on ⟦D|2 May⟧!! double digits 😱",
    "Passport renewal for ⟦P|Mehmet Kaya⟧, date of birth ⟦D|2015-09-14⟧ – anyone know how long it’s taking atm?",
    "Twins are ⟦-n|8⟧ today 🎂🎂 born ⟦D|29 Feb 2016⟧ so technically they’re 2 😂 love you ⟦P|Wiktoria⟧ & ⟦P|Maja⟧",
    "for the swim gala entry: ⟦P|Linh Nguyen⟧, DATE OF BIRTH ⟦D|07 JAN 2018⟧",
    "dob: ⟦D|2/5/16⟧ for ⟦P|Najma⟧, the club wants it for insurance",
    "🎂🎈 7 years since ⟦P|Evie⟧ made me a mum!! Born ⟦D|30.10.2017⟧ at ⟦-n|4am⟧ 🥹",
    "Reminder for ⟦P|Rohan⟧’s party: ⟦A|41 Redland Grove, Bristol⟧, ⟦C|BS6 6PR⟧, ⟦-n|2–4pm⟧. Any probs ⟦T|07700 900 377⟧ 🥳",
    "⟦P|Séamus⟧ & ⟦P|Oisín⟧ loved ⟦S|Mr Llewellyn⟧’s Welsh day 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "⟦P|Zuzanna Wisniewska⟧ won the ⟦I|#HarboursidePrimary⟧ poetry prize 📝🇵🇱",
    "Contact ⟦S|Mrs Popescu⟧ via ⟦I|harbourside.sch.uk/contact⟧ about the Romanian club 🇷🇴",
    "⟦P|will⟧ and ⟦P|mark⟧ were the best shepherds 🐑 lol",
    "⟦P|William Barker⟧ got the headteacher’s award today 🌟 ⟦S|Mrs. Ashworth⟧ rang to tell us!",
    "Can ⟦P|Ola⟧ stay for tea on Friday? ⟦P|Saanvi⟧ has been begging 🙈",
    "⟦P|Seun⟧ got his pen licence!!! ✍️🎉",
    "⟦P|Oluwaseun Adebayo⟧ and ⟦P|Ifeoluwa⟧ representing ⟦I|Harbourside CE⟧ at the city chess final ♟️",
    "⟦P|JOY⟧ READ HER FIRST BOOK ALL BY HERSELF 😭📖",
    "⟦P|Robin⟧’s tooth finally came out in the lunch hall 🦷😂",
    "⟦P|Mia D’Souza⟧ and ⟦P|Alfie Smith-Hughes⟧ got voted onto the school council 🗳️",
    "⟦P|holly⟧’s mum here 👋 can someone remind me what time pick up is on wed?",
    "⟦P|Precious⟧ did the reading at the harvest festival, so ⟦-w|precious⟧ 🥹",
    "Parents’ evening with ⟦S|Mr Wójcik⟧ at ⟦-n|5.40⟧, ⟦P|Szymon⟧ is sweating 😅",
    "the new football coach ⟦S|emre yıldız⟧ is brilliant with them ⚽",
    "⟦P|Grace⟧ said ⟦-w|grace⟧ at lunch without being asked 🙏😇",
    "⟦-w|May⟧ I just say ⟦P|May⟧ was incredible as ⟦-nr|Mary⟧ 👼",
    "⟦-w|Will⟧ someone tell ⟦P|Will⟧’s dad that ⟦P|Harry⟧ has his PE bag? 🎒",
    "⟦P|Ananya Iyer⟧ and ⟦P|Zainab⟧ made the ⟦I|#harboursideprimary⟧ newsletter 📰",
    "Letter from ⟦S|Mrs Fairclough⟧: ⟦P|Harpreet⟧, ⟦P|Yusuf⟧ and ⟦P|Ibrahim⟧ are on the quiz team 🧠",
    "Lost property 📦 ring ⟦T|0117 496 0812⟧ or email ⟦E|lostandfound.harbour@gmail.com⟧",
    "⟦P|ayaan⟧ and ⟦P|abdirahman⟧ keep going on about ⟦S|mr mensah⟧'s assembly 😂",
    "⟦P|Noémie⟧ is doing the French bit at ⟦I|Harbourside Primary School⟧ languages day 🇫🇷",
    "⟦P|Jose Fernandez⟧’s dad is doing Spanish cookery at the fair 🥘🇪🇸",
    "⟦P|Thư⟧ brought in bánh mì for the whole class 🥖😋",
    "Absence line ⟦I|0117 496 0123⟧ option 1 ☎️",
    "Swap shop at ⟦A|12a Ashley Road, Bristol⟧ this Sat 👕 bring outgrown uniform",
    "RSVP to ⟦E|mahmood.family@btinternet.com⟧ for ⟦P|Layla⟧’s party at ⟦A|22 Cotham Gardens⟧ 🎉",
    "⟦P|Lily⟧’s DOB is ⟦D|25/12/2017⟧ 🎄 so Christmas is double trouble in our house",
    "PTA jobs 📝\n• tombola – ⟦P|Aisha⟧’s mum\n• cakes – ⟦S|Ms Zhang⟧\n• float ⟦-n|£50⟧ from ⟦S|Mrs Ashworth⟧",
    "Lost & found 🔎\n1️⃣ red lunchbox (⟦P|Kian⟧?)\n2️⃣ one wellie size ⟦-n|11⟧\n3️⃣ ⟦P|Esme Hart⟧’s cardi",
    "[⟦-n|14:02⟧, ⟦-d|03/10/2024⟧] ⟦-nr|Kelly⟧: has anyone seen ⟦P|Theo⟧’s jumper?? 🙈",
    "RT ⟦I|@HarboursideCEP⟧: Well done to ⟦P|Florence Whitaker⟧ and ⟦P|Noah Caldwell⟧, our ⟦-w|Young⟧ Voices soloists 🎤",
    "we’re all at ⟦I|harbourside church of england primary school⟧ for the carol service tonight 🕯️👨‍👩‍👧‍👦",
    "Massive well done to the Year 6 🏳️‍🌈 pride assembly team, esp ⟦P|Nia Roberts⟧ 💜",
    "Drop ⟦P|Max⟧’s bag round to ⟦A|7 Pembroke Crescent⟧ please, I’ll be in after ⟦-n|6⟧",
    "Need a lift for ⟦P|Eliza⟧ to the ⟦-os|Kingsweston Juniors⟧ tournament 🙏 ⟦T|07700 900 961⟧",
    "Was ⟦P|Hamza⟧ DOB ⟦D|14-03-2016⟧ on the trip form? office say it's blank 🤷",
    "⟦P|Harriet Lowe⟧’s nan has made ⟦-n|40⟧ knitted poppies for ⟦I|Harbourside Primary⟧ 🌺",
]


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
    cfg = config()
    assert len(POSTS) == 150, len(POSTS)
    posts, gold = [], []
    for i, src in enumerate(POSTS):
        pid = f"{SCHOOL_ID}-{i:04d}"
        text, finds, negs = assemble(src)
        verify(text, finds, negs, pid)
        posts.append({"id": pid, "school": SCHOOL_ID, "text": text})
        gold.append({"id": pid, "school": SCHOOL_ID, "findings": finds, "negatives": negs})

    os.makedirs(os.path.join(HERE, "schools"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "posts"), exist_ok=True)
    with open(os.path.join(HERE, "schools", f"{SCHOOL_ID}.config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, indent=1, ensure_ascii=False); f.write("\n")
    for path in (os.path.join(HERE, "posts", f"{SCHOOL_ID}.jsonl"), os.path.join(HERE, "posts.jsonl")):
        with open(path, "w", encoding="utf-8") as f:
            for p in posts:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")

    spans, negc = {}, {}
    for g in gold:
        for x in g["findings"]:
            spans[x["kind"]] = spans.get(x["kind"], 0) + 1
        for x in g["negatives"]:
            negc[x["type"]] = negc.get(x["type"], 0) + 1
    summary = {
        "seed": None,
        "heldout_phrasings": True,
        "generator": "tests/data/phrasings/make.py (hand-written posts, hand-labelled)",
        "schools": [{"id": SCHOOL_ID, "name": SCHOOL["name"], "place": "Harbourside",
                     "pupils": len(cfg["pupils"]), "staff": len(cfg["staff"]), "role": cfg["role"]}],
        "posts": len(posts),
        "clean_posts": sum(1 for g in gold if not g["findings"]),
        "spans": spans,
        "hard_negatives": negc,
        "spans_total": sum(spans.values()),
        "hard_negatives_total": sum(negc.values()),
    }
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False); f.write("\n")
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    if "--check" in sys.argv:
        review(cfg, posts, gold)


# ----------------------------------------------------------------------------------------------- review aid
FOLD = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "’": "'", "ø": "o"}


def fold(s):
    """Per-character accent fold that keeps code-point positions."""
    out = []
    for ch in s:
        ch = FOLD.get(ch, ch)
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        out.append(base[0] if len(base) >= 1 else ch)
    return "".join(out).lower()


def review(cfg, posts, gold):
    """Print roster-name tokens and phone/postcode/email/url-like strings that are not inside any label."""
    toks = set()
    for p in cfg["pupils"] + cfg["staff"]:
        for k in ("first", "last", "preferred"):
            if p.get(k):
                for t in re.split(r"[\s-]+", p[k]):
                    toks.add(fold(t))
    pats = [r"\d[\d\s().+-]{5,}\d", r"\b[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b", r"\S+@\S+", r"(https?://|www\.)[^\s)]*[^\s).,]",
            r"[\w.+-]+\.(?:co\.uk|com|org|uk)(?:/[^\s)]*[^\s).,])?"]
    for p, g in zip(posts, gold):
        text = p["text"]
        cov = []
        for sp in g["findings"] + g["negatives"]:
            a = len(text.encode("utf-16-le")[:2 * sp["start"]].decode("utf-16-le"))
            b = a + len(sp["text"])
            cov.append((a, b))
        inside = lambda a, b: any(x <= a and b <= y for x, y in cov)
        ft = fold(text)
        for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", ft):
            w, a, b = m.group(0), m.start(), m.end()
            if w.endswith("'s") and w[:-2] in toks:
                w, b = w[:-2], b - 2
            if w in toks and not inside(a, b):
                print(f"{p['id']}: unlabelled roster token {text[m.start():m.end()]!r}: {text!r}")
        for pat in pats:
            for m in re.finditer(pat, ft):
                if not inside(m.start(), m.end()):
                    print(f"{p['id']}: unlabelled pattern {text[m.start():m.end()]!r}: {text!r}")


if __name__ == "__main__":
    main()
