#!/usr/bin/env python3
"""The "wordnames" set for PostGuard (hand-labelled by a fifth hand that did not read the engine): roster names that are also ordinary words.

Inline markup in the posts below:
  ⟦K|text⟧   gold finding, K in P S I T E A C D (pupil_name, staff_name, school_identifier,
             phone_number, email_address, street_address, postcode, date_of_birth)
  ⟦-t|text⟧  planted hard negative of type t (word, number, other_school, non_roster_name, date,
             generic_school, other_url, street_no_number, not_postcode, place)
Posts are separated by a line holding only '---'.

  python3 make.py            write schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to this file
  python3 make.py --check    also list roster-name words (case-insensitive, whole word) that carry no label
Offsets are UTF-16 code units, half-open, as in CONTRACT.md.
"""
import argparse, collections, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"P": "pupil_name", "S": "staff_name", "I": "school_identifier", "T": "phone_number",
         "E": "email_address", "A": "street_address", "C": "postcode", "D": "date_of_birth"}
NEG_TYPES = {"word", "number", "other_school", "non_roster_name", "date", "generic_school",
             "other_url", "street_no_number", "not_postcode", "place"}

# --------------------------------------------------------------------------------------------
# Schools
# --------------------------------------------------------------------------------------------
HAZ_PUPILS = """
Grace Okafor; Hope Bennett; Joy Adeyemi; William Hart/Will; Mark Thompson; Jack Sullivan; Frank Doyle;
Andrew Palmer/Drew; Miles Campbell; Maksymilian Kowalski/Max; Christopher Bishop/Kit; Theodore Quinn/Teddy;
Summer Walsh; April Johnson; May Li; Rose Murphy; Lily Patel; Daisy Wright; Poppy Hughes; Iris Begum;
Violet Evans; Hazel Ahmed; Ivy Robinson; Amber Nowell; Jade Clarke; Ruby Mahmood; Robin Osei; Sky Lewis;
River Anderson-Blake; Paris Williams; Chelsea Grant; Jordan Hall; Angel Mensah; Precious Okonkwo;
Blessing Adebayo; Sundeep Dhillon/Sunny; Honey Riley; Mason Tranter; Taylor Moss; Star Jackson;
Evie-Rose Carter; Amara Nwosu; Mohammed Iqbal; Aisha Rahman; Oliver Smith; Zoë Bailey; Łukasz Wiśniewski;
Renée Dubois; Yusuf Hassan; Harry Collins; Amelia Foster; Isla Reid; Leo Barker; Fatima Noor; Hamza Malik;
Ethan Morris; Maya Shah; Kai Thomas; Niamh O'Neill; Dexter Lowe; Ibrahim Yilmaz
"""
HAZ_STAFF = """
Mrs Dawn Fox; Mr Guy Reed; Ms Sandy Cooper; Mr Ray Stone; Mrs Pat Gill; Mr Nick Archer; Miss Eve Parker;
Mr Rob Marsh; Mrs Heather Bell; Mr Don Okoro; Mrs Harpreet Kaur
"""
ALD_PUPILS = """
Grace Tremayne; Faith Tucker; Chase Pengelly; Autumn Rowe; June Penrose; August Bickford; Holly Trewin;
Olive Chapman; Willow Hext; Pearl Nancarrow; Crystal Bray; Storm Jago; Brook Vowles; Dale Pascoe; Heath Yeo;
Florence Luxton; Georgia Dunn; Sydney Carne; Austin Mead; Harley Rendle; Hunter Bowden; Archer Quick;
Cooper Lang; Parker Sweet; Carter Loveday; Piper Hambly; Sawyer Coombes; Ashton Treloar/Ash; Rowan Kitto;
Richard Penhale/Rich; Christian Hale; Trinity Webber; Eden Polglase; Wren Ashby; Fern Chudleigh;
Tom Hocking; Ellie Pearce; Jacob Cornish; Millie Symons; Oscar Trebilcock; Freya Marshall; Alfie Dyer;
Lucas Moyle; Ava Northcott; Ethan Skinner; Lottie Bassett; Charlie Geach; Seán Murphy; Chloé Martin;
Aoife Brennan; Siân Griffiths; Keira O'Brien; Noah Venning; Isabelle Crocker; Harvey Widdicombe;
Megan Luscombe; Jessica Tonkin; Daniel Northey; Phoebe Rundle; Samuel Ellacott
"""
ALD_STAFF = """
Mr Mark Tregear; Mrs Joy Polkinghorne; Mr Bill Hope; Mrs Claire Winter; Mr Bob Rook; Miss Rachel Moss;
Dr Priya Nair; Mr Neil Burt; Ms Sandra Bishop; Mr Gareth Pike
"""


def pupils(block):
    out = []
    for item in block.replace("\n", " ").split(";"):
        item = item.strip()
        name, _, pref = item.partition("/")
        first, last = name.split(" ", 1)
        d = {"first": first, "last": last}
        if pref:
            d["preferred"] = pref
        out.append(d)
    return out


def staff(block):
    out = []
    for item in block.replace("\n", " ").split(";"):
        title, first, last = item.split()
        out.append({"first": first, "last": last, "title": title})
    return out


SCHOOLS = [
    {"id": "s40-hazelwell", "short": "haz", "place": "Hazelwell",
     "config": {"role": "staff",
                "school": {"name": "Hazelwell Fields Primary School",
                           "aliases": ["Hazelwell Fields", "Hazelwell Fields Primary", "HFPS"],
                           "hashtags": ["#HazelwellFields"], "handles": ["@HazelwellFPS"],
                           "domains": ["hazelwellfields.bham.sch.uk"],
                           "address": "27 Ivy Road, Birmingham", "postcode": "B30 2PQ",
                           "phone": "0121 496 0382"},
                "pupils": pupils(HAZ_PUPILS), "staff": staff(HAZ_STAFF)}},
    {"id": "s41-staldwyns", "short": "ald", "place": "Combe Ferris",
     "config": {"role": "staff",
                "school": {"name": "St Aldwyn's Church of England Academy",
                           "aliases": ["St Aldwyn's", "St Aldwyns", "St Aldwyn's Academy", "SACEA"],
                           "hashtags": ["#StAldwyns"], "handles": ["@StAldwynsCE"],
                           "domains": ["staldwyns.somerset.sch.uk"],
                           "address": "12 Fore Street, Combe Ferris", "postcode": "TA4 7QJ",
                           "phone": "01632 960214"},
                "pupils": pupils(ALD_PUPILS), "staff": staff(ALD_STAFF)}},
]

# --------------------------------------------------------------------------------------------
# Posts: Hazelwell Fields Primary (urban primary, Birmingham)
# --------------------------------------------------------------------------------------------
HAZ_POSTS = r"""
⟦-word|Will⟧ you be coming to the ⟦-word|summer⟧ fair on Saturday? Need numbers for the cake stall x
---
Reminder: PE ⟦-word|kit⟧ needs to be in school every Monday. Please label EVERYTHING 🙏
---
⟦-word|Mark⟧ your diaries – parents’ evening is ⟦-date|Tuesday 14 October⟧, slots from ⟦-number|3:30⟧ to ⟦-number|6:30⟧.
---
⟦-word|Hope⟧ everyone had a restful half term. Gates open at ⟦-number|8:45⟧ tomorrow ☀️
---
Year 6 had a really ⟦-word|frank⟧ discussion about online safety today. So proud of how grown-up they were. #SaferInternetDay
---
⟦-word|April⟧ showers came early 🌧️ Please send a coat, wellies and spare socks every day this week.
---
The ⟦-word|robin⟧ is back on the bird feeder outside Class 3 🐦 The children have named him ⟦-non_roster_name|Ronaldo⟧.
---
Can anyone lend me a car ⟦-word|jack⟧? Got a flat tyre at pick-up 🙈
---
⟦-word|Max⟧ 30 children per session for Forest School club – first come, first served.
---
Are the ⟦-word|poppy⟧ appeal badges ⟦-number|£1⟧ or just donations? Mine want one each.
---
Gorgeous ⟦-word|sunny⟧ morning for sports day practice! Suncream on before school please 🧴
---
⟦-word|May⟧ I remind everyone that the staff car park is NOT a drop-off zone. Thank you.
---
Year 3 have started their ⟦-word|Stone⟧ Age topic – ask them how to make a flint axe 🪓
---
The ⟦-word|river⟧ was so high at Cannon Hill Park on Sunday that they shut the path along the ⟦-place|River Rea⟧.
---
Christmas craft: holly and ⟦-word|ivy⟧ wreaths in the ⟦-word|hall⟧ after school on Thursday, ⟦-number|£3⟧ per family 🎄
---
Dads’ football night: ⟦-word|Chelsea⟧ v Arsenal on the big screen at the community centre, kick-off ⟦-number|7.45pm⟧ ⚽
---
Found on the playground: a ⟦-word|rose⟧ gold bracelet. Describe it to the office to claim it.
---
Lost property is overflowing!! Jumpers, water bottles and one ⟦-word|ruby⟧ red wellie 🥾 Anything unnamed goes to charity on Friday.
---
⟦-word|Amber⟧ weather warning for wind tomorrow, so Forest School ⟦-word|will⟧ be indoors.
---
Year 5 wrote poems about the ⟦-word|joy⟧ of reading – they’re up in the library corridor 📚
---
Reception ⟦-word|drew⟧ self-portraits with pencils this week and some of them are frighteningly good.
---
We’re ⟦-word|miles⟧ behind on home reading this term – even ten minutes a night helps!
---
Nature walk haul: ⟦-word|hazel⟧ nuts, conkers, blackberries and one very cross squirrel 🐿️
---
Does ParentPay give you a ⟦-word|grace⟧ period for dinner money or does it just block you?
---
World Book Day costume ideas?? Mine want to go as the Gruffalo and ⟦-word|Fantastic Mr Fox⟧ 😂
---
⟦-word|Star⟧ of the Week certificates go home on Fridays – check book bags!
---
Phonics screening is in June. No need to practise at home, the children ⟦-word|will⟧ be fine 😊
---
The Nativity needs at least one more ⟦-word|angel⟧ costume – any spares? ✨
---
Road closure: ⟦-street_no_number|Ivy Road⟧ is shut from the ⟦-street_no_number|Pershore Road⟧ end all day Saturday for resurfacing.
---
⟦-word|Sky⟧ blue or navy for the new PE tops? Vote in the comments 👇
---
Thank you for every donation to the food bank. It’s a real ⟦-word|blessing⟧ for so many families this winter 💛
---
⟦-word|Honey⟧ and lemon all round, half of Year 1 has this cough 🍯 ⟦-word|hope⟧ it clears before the trip
---
Every day of learning is ⟦-word|precious⟧ – please book holidays outside term time.
---
Fun fact from my 6yo: ⟦-place|Paris⟧ is in France and ⟦-place|Jordan⟧ is “somewhere hot” 😂
---
⟦-word|Kit⟧ list for the Year 6 residential is on the website: sleeping bag, torch, wellies, waterproofs.
---
The ⟦-word|violet⟧ and yellow pansies Reception planted are finally flowering 🌸
---
A ⟦-word|frank⟧ reminder: parking on the zig-zags is dangerous and the wardens ⟦-word|will⟧ be out all week.
---
Anyone got a ⟦-word|jade⟧ plant cutting? Year 3 are doing a how-plants-grow project 🌱
---
Harvest donations: tins, pasta, rice, ⟦-word|honey⟧. No glass jars please 🙏
---
⟦-non_roster_name|Taylor Swift⟧ on repeat in our car all the way to the disco 🎶
---
Lunchtime on the field = ⟦-word|daisy⟧ chains everywhere 🌼 Feels like ⟦-word|summer⟧ is finally here
---
Year 4 labelled the parts of the eye today: cornea, pupil, ⟦-word|iris⟧, lens 👁️
---
The ⟦-word|teddy⟧ bears’ picnic is on the field Friday afternoon – one soft toy each please 🧸
---
Pond dipping = frogspawn under the ⟦-word|lily⟧ pads 🐸
---
Bonfire Night in Year 2: who was ⟦-non_roster_name|Guy Fawkes⟧ and why do we have fireworks? 🎆
---
A big ⟦-word|pat⟧ on the back to everyone who braved the rain for the sponsored walk!
---
Up at ⟦-word|dawn⟧ finishing the costume 😴 never again
---
Year 1’s ⟦-word|sandy⟧ beach role-play area is a huge hit (and a huge mess) 🏖️
---
⟦-word|Ray⟧ of sunshine after all that rain! The sponsored walk is ON 🚶
---
Made it to the coach in the ⟦-word|nick⟧ of time 😅
---
⟦-word|Don’t⟧ forget wellies for Forest School tomorrow!
---
Christmas ⟦-word|Eve⟧ countdown has officially started in Class 2 🎄
---
Someone tried to ⟦-word|rob⟧ the charity tin at the Christmas fair. Who does that?! 😡
---
New ⟦-word|reed⟧ beds by the pond thanks to the Wildlife Trust 🐸
---
Tudor week: Year 4 found out what a ⟦-word|cooper⟧ and a fletcher did all day.
---
Year 3 are reading ⟦-non_roster_name|Robin Hood⟧, the best ⟦-word|archer⟧ in Sherwood Forest 🏹
---
The ⟦-word|bell⟧ goes at ⟦-number|3:15⟧ from Monday, not ⟦-number|3:20⟧.
---
The ⟦-word|moss⟧ on the top playground is lethal when it’s wet, walk please!
---
PE with ⟦-non_roster_name|Joe⟧ got us through all the rainy lunchtimes 💪
---
Year 6 sang ⟦-word|The First Nowell⟧ at the care home and there wasn’t a dry eye 🎶
---
Traffic on the ⟦-not_postcode|M6⟧ is awful this morning, stuck near junction 6 😩
---
Anyone else in ⟦-not_postcode|B30⟧ lost their internet? Can’t get on ParentPay
---
Our lollipop lady ⟦-non_roster_name|Florence⟧ retires on Friday after 22 years 💐
---
Does the ⟦-word|May⟧ half term start on the Friday or the Monday? Trying to book flights
---
Parents’ WhatsApp rule: ⟦-word|don’t⟧ reply-all to say thank you 🙃
---
Big ⟦-word|star⟧ chart on the fridge and bedtimes are sorted. ⟦-word|Hope⟧ it lasts!
---
⟦-word|Chelsea⟧ Flower Show inspired Year 2’s garden designs 🌷 some very ambitious water features
---
Book sale in the ⟦-word|hall⟧ on Wednesday – ⟦-number|50p⟧ a book, ⟦-number|£2⟧ for a bag
---
Sports day results: Blue team ⟦-number|212⟧, Red ⟦-number|198⟧. Tug of war ended ⟦-number|3-1⟧ 💪
---
Our ⟦-word|Jack⟧ Russell got into the ⟦-word|hall⟧ at drop-off 🙈 sorry everyone
---
Well done ⟦P|Grace⟧ for reading 100 nights in a row!! ⭐ ⟦I|#HazelwellFields⟧
---
⟦P|Hope⟧ did brilliantly at the swimming gala – three golds 🥇🥇🥇 ⟦I|@HazelwellFPS⟧
---
Huge thanks to ⟦P|Joy⟧’s mum for the jollof at International Evening 😋
---
omg ⟦P|will⟧ n ⟦P|grace⟧ r in my class this yr 🎉🎉
---
⟦P|Will⟧ scored twice in the Year 6 league, final score ⟦-number|4-2⟧ ⚽ ⟦I|#HazelwellFields⟧
---
⟦P|Mark⟧ and ⟦P|Jack⟧ are our new Eco Warriors 🌍 They ⟦-word|will⟧ report back at Friday’s assembly.
---
Can ⟦P|Frank⟧’s dad message me about the football lift on Saturday pls
---
Look what ⟦P|Drew⟧ ⟦-word|drew⟧ in Reception today – our whole class! 🖍️
---
⟦P|Miles⟧ and ⟦P|Max⟧ were superstars on the trip to Cadbury World 🍫
---
Well done to ⟦P|Kit⟧, who remembered his PE ⟦-word|kit⟧ every single week this term 😂👏
---
⟦P|Teddy⟧ brought his ⟦-word|teddy⟧ to the ⟦-word|teddy⟧ bears’ picnic, obviously 🧸
---
Happy 8th birthday ⟦P|Summer⟧!! 🎂 Born ⟦D|21/06/2017⟧, the longest day of the year ☀️
---
⟦P|April⟧ and ⟦P|May⟧ led the maypole dancing on ⟦-date|1st May⟧ and it was beautiful 🌸
---
Please could ⟦P|Rose⟧, ⟦P|Lily⟧ and ⟦P|Daisy⟧ bring their trip slips back by Friday. Thanks!
---
Reading certificates this week:
• ⟦P|Poppy Hughes⟧
• ⟦P|Iris Begum⟧
• ⟦P|Violet Evans⟧
• ⟦P|Hazel Ahmed⟧
Keep it up! 📚
---
⟦P|ivy⟧ n ⟦P|amber⟧ r coming 2 mine after skl 😁
---
⟦P|JADE⟧ GOT ⟦-word|STAR⟧ OF THE WEEK!!!! SO PROUD 😭😭
---
⟦P|Ruby⟧ lost her ⟦-word|ruby⟧ red hairclip on the field – please hand it in if found ❤️
---
Our bird expert ⟦P|Robin⟧ spotted a ⟦-word|robin⟧, two blue tits and a woodpecker on the nature walk 🐦
---
⟦P|Sky⟧ painted the ⟦-word|sky⟧ purple in her Van Gogh picture and honestly it works 🎨
---
Congratulations to ⟦P|River Anderson-Blake⟧, our new Head Pupil! ⟦I|#HazelwellFields⟧
---
⟦P|Paris⟧ told the class all about her holiday in ⟦-place|Paris⟧ 🗼
---
For the record ⟦P|Chelsea⟧ supports Villa, not ⟦-word|Chelsea⟧ 😂
---
⟦P|Jordan⟧’s talk on the ⟦-place|River Jordan⟧ was fascinating.
---
Nativity cast list is out! ⟦P|Angel⟧ is Mary, ⟦P|Precious⟧ is the innkeeper and ⟦P|Blessing⟧ is the ⟦-word|Star⟧ 🌟
---
⟦P|sunny⟧ said he ⟦-word|will⟧ bring the ball 2moro
---
⟦P|Honey⟧ and ⟦P|Mason⟧ have been the best reading buddies for Reception 📖
---
Shout out to ⟦P|Taylor⟧ for tidying the library without being asked 👏
---
Thank you to ⟦P|Mohammed Iqbal⟧ and ⟦P|Aisha Rahman⟧ for leading our Eid assembly 🌙 ⟦I|#HazelwellFields⟧
---
⟦P|Zoe⟧’s mum here – can anyone send a pic of this week’s spellings? She’s left hers at school again 🙄
---
Well done ⟦P|Łukasz⟧ for reading a poem in Polish at assembly 🇵🇱
---
Big thanks to ⟦S|Mrs Fox⟧ for a brilliant first year as Head 💐
---
⟦S|Mr Reed⟧'s class won the attendance cup AGAIN 🏆
---
Message from ⟦S|Ms Cooper⟧: Year 3 swimming starts next week – towel and goggles please.
---
⟦S|Mr. Stone⟧ brought real fossils in for the ⟦-word|Stone⟧ Age topic 🦴
---
Thanks ⟦S|Pat⟧ and the kitchen team for a cracking Christmas dinner 🎄
---
⟦S|Nick Archer⟧ is running coding club on Wednesdays from next week 💻
---
⟦S|Miss Parker⟧ and ⟦S|Mr Marsh⟧ are taking Year 6 to Stratford next Thursday.
---
⟦S|Mrs Bell⟧ rang the ⟦-word|bell⟧ for the very last time today before retiring 😢 We ⟦-word|will⟧ miss you!
---
⟦S|Mrs Kaur⟧ has been shortlisted for Birmingham Teacher of the Year! #proud
---
⟦S|Miss Fox⟧ said trip money is due Friday, is that right?
---
⟦S|Dawn⟧ was a superstar at the open evening, answered about a million questions 🙏
---
⟦S|Sandy⟧ on the gate every morning with a smile 😊 we love her
---
Shout out to ⟦S|Ray Stone⟧ for getting the boiler going before the snow ❄️
---
⟦S|Eve⟧ in Reception is amazing with the nervous ones, mine skipped in today
---
Football club is run by ⟦S|Rob Marsh⟧ and ⟦S|Guy Reed⟧ on Tuesdays until ⟦-number|4:30⟧.
---
Thank you ⟦S|Heather⟧ for sorting out the uniform swap shop 👕
---
Welcome to ⟦S|Don Okoro⟧, who joins us as Year 5 teacher this term!
---
Anyone lost a blue lunchbox? Text me on ⟦T|07700 900417⟧ x
---
Year 6 leavers’ hoodies: contact Sarah on ⟦T|+44 (0)7700 900 853⟧ or ⟦E|sarah.hoodies@btinternet.com⟧
---
The office number is ⟦I|0121 496 0382⟧ for absences – please ⟦-word|don’t⟧ message this page!
---
Deliveries for the ⟦-word|summer⟧ fair go to ⟦I|27 Ivy Road, Birmingham⟧ – satnav postcode ⟦I|B30 2PQ⟧.
---
Term dates are here: ⟦I|https://www.hazelwellfields.bham.sch.uk/term-dates⟧ 📅
---
Party for ⟦P|Grace⟧’s 9th at ours, ⟦A|14 Daisy Bank Road, Birmingham⟧ ⟦C|B13 9QT⟧, 2–4pm Saturday 🎈
---
The form wants a DOB – ⟦P|Max⟧’s is ⟦D|04/11/2016⟧, right? Baby brain 🙈
---
⟦P|Iris⟧ turns 7 on ⟦D|3rd March⟧ and wants the WHOLE class at her party 😅
---
New starter: ⟦P|Oliver Smith⟧, DOB ⟦D|12 May 2018⟧, joining Reception after Easter.
---
Spelling bee finalists from Class 4: ⟦P|Maya⟧, ⟦P|Kai⟧, ⟦P|Leo⟧ and ⟦P|Isla⟧ 🐝 ⟦I|@HazelwellFPS⟧
---
⟦P|Niamh O’Neill⟧ won the Year 2 design-a-poster competition 🎨
---
⟦P|Evie-Rose⟧ lost a tooth in the middle of phonics and is thrilled 🦷
---
⟦P|Star⟧ read her poem in assembly and got a standing ovation 🌟
---
School councillors for Year 2: ⟦P|Harry Collins⟧ & ⟦P|Amelia Foster⟧ 🗳️
---
⟦P|Will⟧ ⟦-word|will⟧ be reading at the carol service – ⟦-word|will⟧ you be there? 🎄
---
I ⟦-word|hope⟧ ⟦P|Hope⟧ feels better soon, she was so poorly at pick-up 🤒
---
Thank you to ⟦P|Grace⟧ and ⟦P|Joy⟧ for all the ⟦-word|joy⟧ they brought to the care home visit 💛
---
⟦P|Mark⟧ got full marks in his times tables check 🔢
---
Message for ⟦P|Jack⟧: you left your water bottle in my car! ⟦S|Mrs Gill⟧ has it in the office
---
⟦I|HAZELWELL FIELDS⟧ NEWS – week 6
Attendance winners: Class 5 (⟦S|Miss Parker⟧)
Stars of the week: ⟦P|Frank Doyle⟧, ⟦P|Sky Lewis⟧, ⟦P|Yusuf Hassan⟧
⟦-date|Fri 21 Nov⟧ – Children in Need
⟦-date|Thu 11 Dec⟧ – Christmas jumper day
---
⟦P|jordan⟧ n ⟦P|paris⟧ r best friends now lol
---
Whoever borrowed ⟦P|Precious⟧’s cardigan, please send it back – her name’s in it
---
Good luck to ⟦P|Blessing⟧, ⟦P|Ibrahim⟧ and ⟦P|Dexter⟧ at the city cross country 🏃 ⟦I|@HazelwellFPS⟧
---
⟦P|Sunny⟧’s grandad runs ⟦-word|Sunnyside⟧ Café on the high street – 10% off for ⟦I|Hazelwell Fields⟧ families this week ☕
---
Lots of new families moving into ⟦-place|Hazelwell⟧ – welcome ⟦P|Renée⟧ and ⟦P|Fatima⟧ to Year 1!
---
⟦P|Amara⟧ is moving to ⟦-other_school|Stirchley Green Academy⟧ after Easter 😢 we ⟦-word|will⟧ miss her
---
Found this for ⟦P|Violet⟧ to practise fractions: ⟦-other_url|https://www.bbc.co.uk/bitesize/topics/zqhs34j⟧
---
SATs week. ⟦S|Mr Marsh⟧ says: sleep, breakfast, and ⟦-word|don’t⟧ panic!
---
⟦P|Hamza⟧ and ⟦P|Ethan⟧ built a working volcano for the science fair 🌋
---
Rainbow fish artwork by ⟦P|Hazel⟧ – those colours!! ⟦I|#HazelwellFields⟧
---
⟦P|MAY LI⟧ U R A ⟦-word|STAR⟧ ⭐⭐
---
The Year 5 class assembly was brilliant, and the song was all thanks to ⟦P|Hope⟧.
---
Well done to everyone in the chess tournament, especially ⟦P|Robin⟧ who came second 🏅
---
⟦P|Ruby⟧, your mum is running 10 mins late, wait in the office please x
---
With ⟦P|Kit⟧ away in Poland we’re one short for the quiz team!
---
Sat next to ⟦P|Summer⟧’s grandma at the carol concert, she’s lovely 😊
---
Swimming gala results:
1st ⟦P|Lily Patel⟧
2nd ⟦P|Rose Murphy⟧
3rd ⟦P|Daisy Wright⟧
Amazing effort all round 🏊
---
Sending love to ⟦P|Teddy Quinn⟧ and family this week ❤️
---
⟦P|William Hart⟧ has been chosen to represent ⟦-generic_school|the school⟧ at the Birmingham Young Writers awards ✍️
---
Emergency contacts for the trip: ⟦T|0121 496 0915⟧ (Mum) or ⟦T|07700900266⟧ (Dad)
---
If anyone finds ⟦P|Max⟧’s reading folder, my number is ⟦T|07700-900-531⟧ 🙏
---
PTA raffle prizes: drop an email to ⟦E|hazelwellpta.raffle@gmail.com⟧ 🎟️
---
We’ve moved! New address for the class list: ⟦A|8 Robin Close, Birmingham⟧ ⟦C|B14 6DZ⟧
---
Lift share anyone? We’re at ⟦A|112a Stratford Road⟧ and happy to take two more to swimming 🚗
---
⟦P|Precious⟧ was born on ⟦D|29 February 2016⟧ so she only gets a real birthday every four years 😂
---
⟦P|Rose⟧ ⟦-word|rose⟧ to the challenge at the spelling bee 🐝
---
To be ⟦-word|frank⟧, ⟦P|Frank⟧ was the best Joseph we’ve ever had 😂
---
⟦P|Miles⟧ ran 3 ⟦-word|miles⟧ for Sport Relief!! 🏃
---
⟦P|Angel⟧ was an absolute ⟦-word|angel⟧ at the dentist today 🦷
---
⟦P|Honey⟧’s ⟦-word|honey⟧ cake won the bake-off 🍯
---
⟦P|Amber⟧ wants everyone to know the ⟦-word|amber⟧ warning means NO Forest School 😤
---
⟦S|Mrs. Fox⟧ and ⟦S|Mr Okoro⟧ are doing the sponsored silence – good luck with Year 5 😂
---
⟦S|MRS FOX⟧ IS DOING THE FUN RUN IN A TUTU 😂😂 sponsor page in the bio
---
Warm regards,
⟦S|Dawn Fox⟧
Headteacher, ⟦I|Hazelwell Fields Primary School⟧
---
Thanks ⟦S|Guy⟧ for sorting the minibus for the gala 🚐
---
⟦S|Rob⟧ from after-school club found ⟦P|Taylor⟧’s coat, it’s in the office
---
⟦S|Nick⟧ says coding club is full until Easter, sorry!
---
Any idea when ⟦S|Ray⟧ is back? The radiator in Class 4 is leaking again
---
Great assembly from ⟦S|Don⟧ and the Year 5 band 🎺
---
⟦S|Heather Bell⟧’s retirement collection is at the office, ⟦-number|£5⟧ suggested 💐
---
⟦P|grace okafor⟧ is my best friend 4eva 💕
---
⟦P|Lukasz Wisniewski⟧ and ⟦P|Renee Dubois⟧ – Year 3 times tables rock stars 🎸
---
Congratulations to ⟦P|Niamh O'Neill⟧ on her first Irish dancing medal ☘️
---
⟦P|Zoë Bailey⟧ is our Reader of the Month 📚 ⟦I|#HazelwellFields⟧
---
Anyone’s child know ⟦P|Kai⟧? Mine keeps talking about him and I’d like to sort a playdate
---
⟦P|Chelsea Grant⟧ and ⟦P|Jordan Hall⟧ represented ⟦I|HFPS⟧ at the Brum schools’ choir festival 🎶
---
⟦P|Taylor Moss⟧ scored the winning goal in the girls’ football final 🥅
---
⟦P|ROBIN⟧ AND ⟦P|RIVER⟧ ARE THE FUNNIEST IN YEAR 4
---
Thank you ⟦P|Drew⟧ and ⟦P|Mason⟧ for helping with the new reading garden 🌱
---
Well done ⟦P|Poppy⟧, she sold ⟦-number|£42⟧ of poppies for the Royal British Legion 🌺
---
Can ⟦P|Violet⟧’s mum ring me on ⟦T|(0121) 496 0744⟧ about the swap? ⟦S|Miss Parker⟧ said to sort it between us
---
Please email ⟦E|mrs.t.okafor@yahoo.co.uk⟧ if ⟦P|Grace⟧ left her jumper at yours 🙏
---
⟦P|Blessing⟧ turns 10 on ⟦D|17th April⟧ – party at Jump Inc, invites going out this week 🎉
---
""".strip()

# --------------------------------------------------------------------------------------------
# Posts: St Aldwyn's CE Academy (rural church secondary, Somerset)
# --------------------------------------------------------------------------------------------
ALD_POSTS = r"""
Lovely to hear Year 7 saying ⟦-word|grace⟧ before the harvest lunch 🙏
---
As a church school we welcome families of every ⟦-word|faith⟧ and none.
---
⟦-word|Autumn⟧ term dates are now on the website 🍂
---
⟦-word|Storm Darragh⟧ update: no buses tomorrow, remote learning on Teams. Stay safe 🌬️
---
The ⟦-word|brook⟧ behind the sports field has burst its banks – nobody on the field today please.
---
Up hill and down ⟦-word|dale⟧ on the DofE practice expedition 🥾 blisters all round
---
Year 9 geography fieldwork out on the ⟦-word|heath⟧ today – ‘windy’ doesn’t cover it 🌬️
---
DT needs a new shelf and my DIY is pure ⟦-word|Heath Robinson⟧ 😂 any handy parents?
---
Year 8 History: ⟦-non_roster_name|Florence Nightingale⟧ or Mary Seacole – who made the bigger difference? Debate on Thursday 🩺
---
Year 10 art trip to ⟦-place|Florence⟧ and Venice: ⟦-number|£150⟧ deposit due by ⟦-date|31 January⟧.
---
⟦-word|Chase⟧ the ball, not each other 😂 – lesson one of U13 rugby
---
Lent begins on ⟦-word|Ash Wednesday⟧: a short service in the chapel at ⟦-number|9am⟧.
---
The old ⟦-word|ash⟧ tree by the car park has ⟦-word|ash⟧ dieback and is coming down over half term 🪓
---
Year 8 planted a ⟦-word|rowan⟧ and a ⟦-word|willow⟧ in the memorial garden 🌳
---
The chapel is full of ⟦-word|holly⟧ from the churchyard, smells like Christmas 🎄
---
⟦-word|Olive⟧ oil, garlic, basil and pasta for Year 9 food tech on Thursday please.
---
Uniform reminder: plain studs only – no hoops, no ⟦-word|pearl⟧ drops.
---
The water was ⟦-word|crystal⟧ clear for rock-pooling at Kimmeridge 🦀
---
GCSE exams run from mid-May until late ⟦-word|June⟧; the revision timetable is on Teams.
---
GCSE results day: ⟦-date|Thursday 21 August⟧, collect from the main hall ⟦-number|10am⟧ to noon.
---
Year 7 drama present ⟦-word|The Pied Piper⟧ – tickets ⟦-number|£3⟧ on the door 🐀
---
Year 8 are reading The Adventures of ⟦-non_roster_name|Tom Sawyer⟧ this term 📚
---
Year 7 Egyptians: ⟦-non_roster_name|Howard Carter⟧ opened Tutankhamun’s tomb in ⟦-number|1922⟧ – ask them about the curse 👀
---
Who’s brave enough for the ⟦-place|Cooper’s Hill⟧ cheese rolling this year? 🧀 Not me.
---
Sorry about the noise in period 3 – a ⟦-word|Harley-Davidson⟧ rally came through the village 🏍️
---
Lost after DofE: one pair of green ⟦-word|Hunter⟧ wellies, size 6. Anyone?
---
Archery club: every ⟦-word|archer⟧ must wear an arm guard, no exceptions 🏹
---
Year 11 geography: comparing ⟦-place|Sydney⟧ and ⟦-place|Austin⟧ as growing cities 🌏
---
Chaplaincy pilgrimage to ⟦-place|Georgia⟧ – the country, not the US state!
---
The ⟦-place|Eden Project⟧ trip is full, waiting list only 🌱
---
Our ⟦-word|Christian⟧ values this half term: ⟦-word|faith⟧, ⟦-word|hope⟧, ⟦-word|joy⟧, ⟦-word|grace⟧ and courage 🙏
---
This week’s reading is ⟦-word|Mark⟧ 10:13–16, ‘Let the little children come to me’.
---
The final ⟦-word|bill⟧ for the ski trip has gone out on ParentPay ⛷️
---
Tick the box, press submit and ⟦-word|Bob’s your uncle⟧ 😂 options forms are easier than they look
---
⟦-word|Winter⟧ uniform from Monday: blazers on, no shorts 🧥
---
A ⟦-word|rook⟧ has built a nest in the sports hall gutter 🐦‍⬛
---
Confirmation service with the ⟦-word|Bishop⟧ of Bath and Wells on ⟦-date|Sunday 9 March⟧ ✝️
---
Fishing club landed a ⟦-word|pike⟧ on the canal 🎣 (returned safely)
---
A ⟦-word|wren⟧ is nesting in the ⟦-word|fern⟧ by the chapel door, please keep the noise down 🐦
---
Tea and ⟦-word|rich⟧ tea biscuits after the carol service ☕
---
Service at ⟦-place|Holy Trinity⟧ on ⟦-date|Sunday 15 June⟧ at ⟦-number|10:30⟧, all welcome
---
Traffic on the ⟦-not_postcode|M5⟧ at junction 25 is terrible, leave early for the open evening 🚗
---
Bus 25 now stops at the ⟦-not_postcode|A358⟧ lay-by instead of by the church.
---
Anyone else in ⟦-not_postcode|TA4⟧ lost their broadband this morning? 😩
---
So ⟦-word|sweet⟧ of Year 7 to make cards for the care home 💌
---
⟦-word|Quick⟧ reminder: no phones in the exam hall, not even switched off!
---
⟦-word|Cornish⟧ pasties for lunch on the Tintagel trip 🥟
---
See you all in September – enjoy ⟦-word|August⟧! ☀️
---
⟦-non_roster_name|Bear Grylls⟧ has nothing on Year 9’s shelter building 🏕️
---
Year 9 history: the monks at Glastonbury made ⟦-word|mead⟧ 🍯
---
The ⟦-word|moss⟧ on the chapel path is treacherous, hold the rail!
---
Not much ⟦-word|hope⟧ of the pitches drying out before Saturday 🌧️
---
Such ⟦-word|joy⟧ at the Christmas service this morning ✨
---
⟦-street_no_number|Willow Close⟧ is flooded again, we’ll be late 🌊
---
Met Office warnings here: ⟦-other_url|https://www.metoffice.gov.uk/weather/warnings-and-advice⟧ – check before the DofE walk
---
⟦-word|Storm⟧ clouds over the Quantocks, bring a coat for cross country ⛈️
---
Swimming at the ⟦-word|brook⟧ is banned after the last ⟦-word|storm⟧, please remind your teens
---
The ⟦-word|piper⟧ at the Burns Night supper was incredible 🏴󠁧󠁢󠁳󠁣󠁴󠁿
---
Trip paperwork signed in good ⟦-word|faith⟧ – now we just need the coach to turn up 🙃
---
Saying ⟦-word|grace⟧ in three languages for European Day of Languages 🇫🇷🇩🇪🇪🇸
---
⟦-word|Autumn⟧ leaves everywhere – the caretaker is fighting a losing battle 🍁
---
Parents’ evening for Year 11 is ⟦-date|Thursday 12 June⟧ from ⟦-number|4pm⟧.
---
We are a ⟦-word|Christian⟧ school with a ⟦-word|rich⟧ history going back to 1843 ⛪
---
Well done ⟦P|Grace⟧ for leading ⟦-word|grace⟧ at lunch today 🙏 ⟦I|#StAldwyns⟧
---
⟦P|Faith⟧ has been picked for the Somerset U15 netball squad! 🏐 ⟦I|@StAldwynsCE⟧
---
⟦P|Chase⟧ ran the 1500m in ⟦-number|4:38⟧ – a new school record 🏃‍♂️
---
⟦P|Autumn⟧ and ⟦P|Willow⟧ have put together the ⟦-word|autumn⟧ term newsletter 🍂
---
⟦P|June⟧’s mum here – is the bus running tomorrow with all this snow?
---
⟦P|August⟧ was born on ⟦D|2 August 2011⟧ so he’s the youngest in Year 9 😂
---
⟦P|holly⟧ n ⟦P|olive⟧ r coming 2 the beach after skl
---
⟦P|Pearl⟧ and ⟦P|Crystal⟧ won the Year 10 debate 🎤 ⟦I|#StAldwyns⟧
---
⟦P|Storm⟧ was an incredible Lady Macbeth last night 🎭
---
Thanks to ⟦P|Brook⟧ and ⟦P|Dale⟧ for setting out 300 chairs for the carol service 🙌
---
⟦P|Heath⟧’s dad has kindly donated a load of logs for the Forest School fire 🔥
---
⟦P|Florence Luxton⟧ has won the Diocese poetry prize! 🏆 ⟦I|#StAldwyns⟧
---
Year 8 Eco Committee: ⟦P|Georgia⟧, ⟦P|Sydney⟧ and ⟦P|Austin⟧ 🌍
---
⟦P|HARLEY⟧ U ABSOLUTE LEGEND 🔥🔥
---
⟦P|hunter⟧ said the bus is cancelled again 🙄
---
Good luck to ⟦P|Archer⟧, ⟦P|Cooper⟧ and ⟦P|Parker⟧ at the county cross country today! ⟦I|@StAldwynsCE⟧
---
⟦P|Carter⟧ and ⟦P|Piper⟧ ran the whole charity cake sale themselves and raised ⟦-number|£312.40⟧!
---
Is ⟦P|Sawyer⟧ going to the party on Saturday? Need to sort lifts
---
⟦P|Ash⟧ planted an ⟦-word|ash⟧ sapling to replace the old tree 🌱 (yes, we see the irony)
---
⟦P|Rowan⟧ and ⟦P|Rich⟧ fixed the chapel PA in ten minutes flat 🔊
---
Congratulations to ⟦P|Richard Penhale⟧, our new Head Boy, and ⟦P|Ellie Pearce⟧, Head Girl 🎉 ⟦I|#StAldwyns⟧
---
⟦P|Ashton Treloar⟧ has signed for the Exeter Chiefs academy! 🏉
---
⟦P|Christian⟧ read the lesson beautifully at the Remembrance service 🌺
---
⟦P|Trinity⟧ and ⟦P|Eden⟧ sang the solo at the Advent service and there wasn’t a dry eye
---
⟦P|wren⟧ n ⟦P|fern⟧ r doing a duet 4 the talent show!!!
---
⟦P|Seán⟧’s Irish dancing medal haul is getting ridiculous 🥇🥇
---
Anyone got the maths homework? ⟦P|Sean⟧ said page 42 but that’s the wrong chapter lol
---
Well done ⟦P|Chloe Martin⟧ on Grade 8 piano 🎹
---
⟦P|Siân⟧ got 9s in all three sciences in her mocks 🧪
---
⟦P|Keira O’Brien⟧ and ⟦P|Aoife Brennan⟧ – Year 10 sports leaders of the term
---
Thanks ⟦S|Mark⟧ for a great speech at prize-giving 👏
---
A message from our Headteacher, ⟦S|Mr Tregear⟧: “⟦-word|Hope⟧ you all have a restful Easter.”
---
⟦S|Joy⟧ leads our Thursday chapel and it’s always a ⟦-word|joy⟧ 🎶
---
⟦S|Mr Hope⟧ says there’s still ⟦-word|hope⟧ for the under-14s 😂
---
⟦S|Mrs Winter⟧’s ⟦-word|winter⟧ concert is on ⟦-date|Wednesday 10 December⟧ ❄️
---
⟦S|Mr. Rook⟧ has fixed the minibus AGAIN 🔧 legend
---
⟦S|Miss Moss⟧’s Year 11 English revision notes are on Teams.
---
⟦S|Dr Nair⟧ is running a chemistry masterclass for Year 10 next week 🧪
---
⟦S|Mr Burt⟧ and ⟦S|Ms Bishop⟧ are leading the Year 9 trip to Cardiff.
---
⟦S|Mr Pike⟧ took the fishing club out and they actually caught a ⟦-word|pike⟧ 😂
---
⟦S|Bob⟧ the caretaker has gritted the whole site since 6am, what a hero ❄️
---
Can someone check with ⟦S|Miss Winter⟧ whether the choir is singing on Sunday?
---
Thank you to ⟦S|Bill Hope⟧ for 25 years of teaching PE at ⟦I|St Aldwyn’s⟧ 💙
---
Lost: green hoodie, size 12. Please ring ⟦T|01632 960771⟧ if found 🙏
---
Lift share to Taunton for the Year 10 netball – text ⟦T|07700 900 112⟧
---
Calling from abroad? My mobile is ⟦T|0044 7700 900586⟧ (⟦P|Faith⟧’s mum)
---
Absences: ring ⟦I|01632 960214⟧ before 9am, option 1.
---
School office: ⟦I|01632-960-214⟧ (the old number no longer works)
---
⟦I|ST ALDWYNS⟧ OPEN EVENING TONIGHT 6PM!!! come and see us 🎉
---
Visitors: ⟦I|12 Fore Street, Combe Ferris⟧ – park in the village hall car park, not outside the gate. Satnav: ⟦I|TA4 7QJ⟧.
---
News and photos from Harvest: ⟦I|https://staldwyns.somerset.sch.uk/news/harvest?id=42⟧
---
Applications for Year 7 via ⟦I|staldwyns.somerset.sch.uk⟧ by ⟦-date|31 October⟧
---
Moving house! New address: ⟦A|5 Willow Close, Wiveliscombe⟧ ⟦C|TA4 2LF⟧ – please update the class contacts x
---
Bring donations to ⟦A|3a Chapel Terrace, Combe Ferris⟧, we’re the blue door 🚪
---
Send your photos to ⟦E|piperhambly2009@hotmail.co.uk⟧ for the yearbook ✨
---
⟦P|Dale⟧’s date of birth is ⟦D|14/09/2010⟧ – can the office correct the trip list please?
---
⟦P|June⟧ was born on ⟦D|30th June 2011⟧, hence the name!
---
⟦P|Olive⟧ turns 16 on ⟦D|1st May⟧ 🎂 party at the village hall
---
Candidate info for the entry form: ⟦P|Tom Hocking⟧, born ⟦D|8 March 2009⟧, centre number ⟦-number|64219⟧
---
DofE drop-off postcode is ⟦C|EX16 7RQ⟧ – not just ⟦-not_postcode|EX16⟧, the satnav gets confused
---
Kit collection: ⟦A|17 Mill Lane, Wellington⟧ ⟦C|TA218NB⟧ from 5pm
---
⟦P|Freya⟧ is off to ⟦-other_school|Wellsford Community College⟧ for sixth form 😢
---
⟦P|Alfie⟧ reckons ⟦-generic_school|secondary school⟧ is way harder than primary 😂
---
⟦P|Lucas⟧, ⟦P|Ava⟧ and ⟦P|Oscar⟧ finished the Ten Tors 35-mile route 🥾⛰️
---
⟦P|millie⟧ ur so funny 😂😂
---
⟦P|Jacob Cornish⟧ scored a hat-trick of tries against ⟦-other_school|Wellsford Community College⟧ 🏉
---
Year 7 form reps: ⟦P|Millie Symons⟧, ⟦P|Charlie Geach⟧ and ⟦P|Lottie Bassett⟧ 🗳️
---
Congratulations ⟦P|Freya Marshall⟧ and ⟦P|Ethan Skinner⟧ on Gold DofE 🥇
---
⟦P|GRACE TREMAYNE⟧ FOR HEAD GIRL 🗳️ vote vote vote
---
happy bday ⟦P|faith⟧ 🥳 love u
---
Thank you ⟦P|Willow⟧ for the beautiful ⟦-word|willow⟧ weaving in the prayer garden 🌿
---
⟦P|Storm⟧ missed the bus because of the ⟦-word|storm⟧, fair enough 😂
---
⟦P|Brook⟧ fell in the ⟦-word|brook⟧ on the geography trip. She’s fine. Her phone is not. 📱💦
---
⟦P|Crystal⟧, your lunchbox is in reception x
---
With ⟦P|Hunter⟧ and ⟦P|Harley⟧ both injured we’re down to 13 for Saturday 🏉
---
Our Year 11 art exhibition opens tonight with work by ⟦P|Piper Hambly⟧, ⟦P|Sawyer Coombes⟧ and ⟦P|Carter Loveday⟧ 🎨 ⟦I|#StAldwyns⟧
---
The prize-giving speech was by ⟦P|Parker Sweet⟧ – so ⟦-word|sweet⟧ when she thanked the kitchen staff 💛
---
⟦-word|Quick⟧ shout out to ⟦P|Archer Quick⟧ for the winning try 🏉
---
⟦P|Georgia Dunn⟧ and ⟦P|Sydney Carne⟧ represented ⟦I|St Aldwyn's Academy⟧ at the Diocesan Youth Synod
---
⟦I|St Aldwyn's Church of England Academy⟧ is hiring a part-time science technician 🔬
---
⟦P|Austin Mead⟧ is our Young Musician of the Year 🎻
---
⟦P|Heath Yeo⟧ rode his pony to school on non-uniform day. Only in ⟦-place|Combe Ferris⟧ 🐴
---
⟦P|Rich⟧ says the leavers’ hoodies are ⟦-number|£24⟧ this year.
---
To ⟦P|Chase⟧: sorry we left without you at the station!! 😬
---
So proud of ⟦P|August Bickford⟧ for raising ⟦-number|£400⟧ for the air ambulance 🚁
---
NEWSLETTER
House point leaders – Tamar: ⟦P|Rowan Kitto⟧; Exe: ⟦P|Heath Yeo⟧
Chapel this week: ⟦S|Mrs Polkinghorne⟧
Reminder: ⟦-word|winter⟧ coats, and ⟦-word|Autumn⟧ term ends ⟦-date|19 December⟧
---
⟦P|Pearl⟧ wore her nan’s ⟦-word|pearl⟧ necklace to prom and looked stunning 💎
---
⟦P|Olive⟧ would like everyone to know she hates olives 🫒
---
⟦P|Autumn⟧ was born on ⟦D|23 September 2010⟧ – an ⟦-word|autumn⟧ baby, obviously 🍁
---
Thanks ⟦S|Joy Polkinghorne⟧ for organising the Advent service ✨
---
With every good wish,
⟦S|Mark Tregear⟧
Headteacher
---
⟦S|MR TREGEAR⟧ DOING THE ICE BUCKET CHALLENGE 😂😂
---
⟦S|Claire Winter⟧ conducted the Year 9 choir at Wells Cathedral tonight 🎶
---
⟦S|Ms. Bishop⟧ finally met the ⟦-word|Bishop⟧ at confirmation – “no relation”, she says 😂
---
⟦S|Gareth Pike⟧ has been appointed Head of Sixth Form from September.
---
⟦S|Rachel Moss⟧ and ⟦S|Neil Burt⟧ are running the Year 10 revision weekend 📖
---
⟦S|Priya⟧ in science is fab, ⟦P|Noah⟧ finally gets moles now 🧪
---
⟦S|Bill⟧’s retirement do is at the Globe on Friday 🍻
---
⟦P|ash⟧ n ⟦P|rowan⟧ were messing about in chapel again lol
---
⟦P|Rich⟧ and his cousin ⟦-non_roster_name|Will⟧ from Taunton won the pairs at the skittles night 🎳
---
⟦P|Piper⟧’s little brother starts at ⟦-other_school|St Alban’s Primary⟧ in September
---
⟦P|Chase⟧ and ⟦P|Hunter⟧ – chasing each other round the field instead of warming up 🙄
---
⟦P|Eden⟧ is going to the ⟦-place|Eden Project⟧ on her birthday, of course she is 🌱
---
⟦P|Florence⟧’s trip to ⟦-place|Florence⟧ was the highlight of her year apparently 🇮🇹
---
Big thanks to ⟦P|Isabelle Crocker⟧ and ⟦P|Harvey Widdicombe⟧ for running the tuck shop ⟦I|#StAldwyns⟧
---
⟦P|Megan⟧ and ⟦P|Jessica⟧ are off to the county final 🏑
---
Please call ⟦T|+44 1632 960555⟧ to book a slot for the Year 9 options evening – not the school line
---
⟦P|Daniel Northey⟧, ⟦P|Phoebe Rundle⟧ and ⟦P|Samuel Ellacott⟧ – Year 7 Readers of the Month 📚
---
⟦P|Trinity⟧’s mum here, does anyone have a spare tie? ⟦E|kate.webber77@btinternet.com⟧
---
⟦P|Sydney⟧ turns 12 on ⟦D|9th February⟧, can we do cake at form time? 🎂
---
⟦P|Christian Hale⟧ and ⟦P|Trinity Webber⟧ led the Christingle service tonight 🕯️
---
Who’s on ⟦P|Dale⟧’s team for the quiz? ⟦P|Brook⟧ says she’s in
---
⟦P|Heath⟧ n ⟦P|harley⟧ r on the late bus
---
⟦P|Cooper Lang⟧, ⟦P|Archer Quick⟧ and ⟦P|Parker Sweet⟧ – Somerset Schools athletics 🥇 ⟦I|@StAldwynsCE⟧
---
""".strip()

POSTS = {"s40-hazelwell": HAZ_POSTS, "s41-staldwyns": ALD_POSTS}

# --------------------------------------------------------------------------------------------
# Machinery
# --------------------------------------------------------------------------------------------
MARK = re.compile(r"⟦(-?)([A-Za-z_]+)\|([^⟦⟧]*)⟧")
TITLE = r"(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def u16slice(s, a, b):
    return s.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le")


def fold(s):
    """lower case, accents off, apostrophes straight."""
    s = s.replace("’", "'").replace("‘", "'").replace("ł", "l").replace("Ł", "L")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower()


def parse(marked):
    plain, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        plain += marked[pos:m.start()]
        start = u16(plain)
        plain += m.group(3)
        spans.append({"neg": bool(m.group(1)), "tag": m.group(2), "text": m.group(3),
                      "start": start, "end": u16(plain), "cstart": len(plain) - len(m.group(3)), "cend": len(plain)})
        pos = m.end()
    plain += marked[pos:]
    if "⟦" in plain or "⟧" in plain:
        raise ValueError(f"unbalanced markup: {marked!r}")
    return plain, spans


PC_RE = re.compile(r"^(?:[A-PR-UWYZ][0-9]|[A-PR-UWYZ][0-9][0-9]|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|"
                   r"[A-PR-UWYZ][A-HK-Y][0-9]|[A-PR-UWYZ][A-HK-Y][0-9][0-9]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?"
                   r"[0-9][ABD-HJLNP-UW-Z]{2}$")
PHONE_RE = re.compile(r"^(?:\+44 ?(?:\(0\) ?)?|0044 ?|\(0|0)[0-9][0-9 ()\-]{8,14}[0-9]$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
ADDR_RE = re.compile(r"^\d+[a-z]? (?:[A-Z][a-z]+ )+(?:Road|Lane|Close|Street|Terrace|Way|Avenue|Drive)(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?$")
DATE_RE = re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|November|December")


def name_forms(cfg):
    pup, stf = set(), set()
    for p in cfg["pupils"]:
        for f in {p["first"], p.get("preferred") or p["first"]}:
            pup.add(fold(f)); pup.add(fold(f + " " + p["last"]))
    for s in cfg["staff"]:
        stf.add(fold(s["first"])); stf.add(fold(s["first"] + " " + s["last"]))
    return pup, stf


def validate(school, plain, spans, errors, pid):
    cfg = school["config"]; sc = cfg["school"]
    pup, stf = name_forms(cfg)
    staff_last = {fold(s["last"]) for s in cfg["staff"]}
    idents = {fold(x) for x in [sc["name"], *sc["aliases"], *sc["hashtags"], *sc["handles"], *sc["domains"],
                                sc["address"], sc["address"].split(",")[0], sc["postcode"]]}
    digits = lambda s: re.sub(r"\D", "", s)
    for sp in spans:
        t = sp["text"]
        if u16slice(plain, sp["start"], sp["end"]) != t or t != t.strip() or not t:
            errors.append(f"{pid}: span offsets/whitespace wrong for {t!r}")
        if sp["neg"]:
            if sp["tag"] not in NEG_TYPES:
                errors.append(f"{pid}: unknown negative type {sp['tag']}")
            continue
        k = sp["tag"]; ft = fold(t)
        if k not in KINDS:
            errors.append(f"{pid}: unknown kind {k}"); continue
        ok = True
        if k == "P":
            ok = ft in pup
        elif k == "S":
            m = re.match(rf"^{TITLE} (.+)$", t, re.I)
            ok = ft in stf or bool(m and fold(m.group(1)) in staff_last)
        elif k == "I":
            ok = (ft in idents or ft.replace(" ", "") == fold(sc["postcode"]).replace(" ", "")
                  or digits(t) == digits(sc["phone"]) and len(digits(t)) >= 10
                  or any(d in ft for d in sc["domains"]))
        elif k == "T":
            ok = bool(PHONE_RE.match(t)) and digits(t) != digits(sc["phone"])
        elif k == "E":
            ok = bool(EMAIL_RE.match(t))
        elif k == "A":
            ok = bool(ADDR_RE.match(t))
        elif k == "C":
            ok = bool(PC_RE.match(t)) and t.replace(" ", "") != sc["postcode"].replace(" ", "")
        elif k == "D":
            ok = bool(DATE_RE.search(t))
        if not ok:
            errors.append(f"{pid}: {KINDS[k]} span {t!r} fails its validity check")
    # no overlapping spans
    srt = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(srt, srt[1:]):
        if b["start"] < a["end"]:
            errors.append(f"{pid}: overlapping spans {a['text']!r} / {b['text']!r}")


def roster_words(cfg):
    words = set()
    for p in cfg["pupils"]:
        words |= {p["first"], p["last"], p.get("preferred") or p["first"]}
    for s in cfg["staff"]:
        words |= {s["first"], s["last"]}
    pats = set()
    for w in words:
        for v in {w, fold(w)}:
            pats.add(re.escape(v).replace("'", "['’]"))
    return re.compile(r"(?<![\w])(?:" + "|".join(sorted(pats, key=len, reverse=True)) + r")(?![\w])", re.I)


def check(school, other, plain, spans, pid, out):
    covered = [(s["cstart"], s["cend"]) for s in spans]
    for rx, label in ((roster_words(school["config"]), "UNLABELLED"), (roster_words(other["config"]), "info: other school's roster")):
        for m in rx.finditer(plain):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                out.append((label, pid, m.group(0), plain[max(0, m.start() - 30):m.end() + 30].replace("\n", " ⏎ ")))


def build(do_check):
    errors, report = [], []
    all_posts, all_gold = [], []
    summary = {"set": "heldout4 (hand-labelled, name-heavy)", "schools": [], "posts": 0, "clean_posts": 0,
               "spans": collections.Counter(), "hard_negatives": collections.Counter()}
    for d in ("schools", "posts"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    for si, school in enumerate(SCHOOLS):
        sid = school["id"]; cfg = school["config"]
        other = SCHOOLS[1 - si]
        firsts = [fold(p.get("preferred") or p["first"]) for p in cfg["pupils"]] + \
                 [fold(p["first"]) for p in cfg["pupils"] if p.get("preferred")] + [fold(s["first"]) for s in cfg["staff"]]
        dup = [n for n, c in collections.Counter(firsts).items() if c > 1]
        if dup:
            errors.append(f"{sid}: first/preferred names used twice: {dup}")
        raw = re.split(r"^---[ \t]*$", POSTS[sid], flags=re.M)
        raw = [p.strip() for p in raw if p.strip() and p.strip() != "---"]
        seen = set()
        for p in raw:
            if p in seen:
                errors.append(f"{sid}: duplicate post {p[:60]!r}")
            seen.add(p)
        order = list(range(len(raw)))
        random.Random(4000 + si).shuffle(order)
        school_posts = []
        for n, idx in enumerate(order, 1):
            pid = f"h4-{school['short']}-{n:03d}"
            plain, spans = parse(raw[idx])
            validate(school, plain, spans, errors, pid)
            if do_check:
                check(school, other, plain, spans, pid, report)
            fnd = [{"kind": KINDS[s["tag"]], "start": s["start"], "end": s["end"], "text": s["text"]} for s in spans if not s["neg"]]
            neg = [{"type": s["tag"], "start": s["start"], "end": s["end"], "text": s["text"]} for s in spans if s["neg"]]
            post = {"id": pid, "school": sid, "text": plain}
            school_posts.append(post); all_posts.append(post)
            all_gold.append({"id": pid, "school": sid, "findings": fnd, "negatives": neg})
            summary["posts"] += 1; summary["clean_posts"] += not fnd
            summary["spans"].update(f["kind"] for f in fnd); summary["hard_negatives"].update(x["type"] for x in neg)
        with open(os.path.join(HERE, "schools", f"{sid}.config.json"), "w", encoding="utf-8") as f:
            json.dump(cfg, f, ensure_ascii=False, indent=1)
        with open(os.path.join(HERE, "posts", f"{sid}.jsonl"), "w", encoding="utf-8") as f:
            for p in school_posts:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        summary["schools"].append({"id": sid, "name": cfg["school"]["name"], "place": school["place"],
                                   "pupils": len(cfg["pupils"]), "staff": len(cfg["staff"]), "role": cfg["role"],
                                   "posts": len(school_posts)})
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in all_posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in all_gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    summary["spans"] = dict(summary["spans"]); summary["hard_negatives"] = dict(summary["hard_negatives"])
    summary["spans_total"] = sum(summary["spans"].values())
    summary["hard_negatives_total"] = sum(summary["hard_negatives"].values())
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    return errors, report, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="list roster-name words that carry no label")
    a = ap.parse_args()
    errors, report, summary = build(a.check)
    for e in errors:
        print("ERROR", e)
    unl = [r for r in report if r[0] == "UNLABELLED"]
    for r in report:
        print(f"{r[0]}: {r[1]} {r[2]!r}   …{r[3]}…")
    print(json.dumps({k: summary[k] for k in ("posts", "clean_posts", "spans", "spans_total", "hard_negatives", "hard_negatives_total")}, ensure_ascii=False))
    if a.check:
        print(f"check: {len(unl)} unlabelled roster-name words, {len(report) - len(unl)} other-roster mentions (info)")
    sys.exit(1 if errors or unl else 0)


if __name__ == "__main__":
    main()
