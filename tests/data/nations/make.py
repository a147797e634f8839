#!/usr/bin/env python3
"""Generator for the "nations" PostGuard evaluation set: a Welsh primary, a Scottish high school, an English nursery and infant school (hand-labelled, inline markup; written by a third hand that did not read the engine or the other sets).

  python3 make.py            write schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to this file
  python3 make.py --check    also list roster names / school identifiers / number-, postcode-, email-, URL-like
                             substrings and month names that carry no label (finding or planted negative)

Markup inside post strings:
  ⟦K|text⟧   gold finding of kind K: P pupil_name, S staff_name, I school_identifier, T phone_number,
             E email_address, A street_address, C postcode, D date_of_birth
  ⟦-t|text⟧  planted hard negative of type t (word, number, other_school, non_roster_name, date,
             generic_school, other_url, street_no_number, not_postcode, place)
  {WAL} {SCO} {ENG}  Welsh / Scottish / English flag emoji (tag sequences, 14 UTF-16 units each)
Offsets are UTF-16 code units, half-open.  Every span is re-checked against the final text, and findings
are validated against the school's config (roster forms, identifier forms, phone/postcode shapes).
"""
import json, os, re, sys, unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

KIND = {"P": "pupil_name", "S": "staff_name", "I": "school_identifier", "T": "phone_number",
        "E": "email_address", "A": "street_address", "C": "postcode", "D": "date_of_birth"}
NEG_TYPES = {"word", "number", "other_school", "non_roster_name", "date", "generic_school", "other_url",
             "street_no_number", "not_postcode", "place"}
FLAGS = {"WAL": "\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F",
         "SCO": "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F",
         "ENG": "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"}


def P(first, last, preferred=None):
    d = {"first": first, "last": last}
    if preferred:
        d["preferred"] = preferred
    return d


def St(title, first, last):
    return {"first": first, "last": last, "title": title}


# ----------------------------------------------------------------------------------------------------------
# Schools
# ----------------------------------------------------------------------------------------------------------
SCHOOLS = OrderedDict()

SCHOOLS["h3a-penybryn"] = {
    "place": "Llanrhydd",
    "config": {
        "role": "staff",
        "school": {
            "name": "Ysgol Gynradd Pen-y-Bryn",
            "aliases": ["Pen-y-Bryn Primary", "Pen-y-Bryn Primary School", "Ysgol Pen-y-Bryn", "YGPB"],
            "hashtags": ["#YsgolPenyBryn", "#TeuluPenyBryn"],
            "handles": ["@YsgolPenyBryn"],
            "domains": ["ysgolpenybryn.sch.uk"],
            "address": "23 Chapel Road, Llanrhydd",
            "postcode": "CF83 7NW",
            "phone": "029 2018 0417",
        },
        "pupils": [
            P("Dafydd", "Pritchard"), P("Gethin", "Morgan"), P("Cerys", "Lloyd-Jones"), P("Elin", "Bowen"),
            P("Rhys", "ap Iorwerth"), P("Siôn", "Llewelyn"), P("Llŷr", "Evans"), P("Gwenllian", "Hughes", "Gwen"),
            P("Bethan", "Powell"), P("Bryn", "Jenkins"), P("Hope", "Davies"), P("William", "Bevan", "Will"),
            P("Rhodri", "Bevan"), P("Seren", "Griffiths"), P("Eira", "Watkins"), P("Osian", "Parry"),
            P("Gwion", "Parry"), P("Mabli", "Thomas"), P("Tomos", "Vaughan"), P("Nia", "Prosser"),
            P("Alys", "Howells"), P("Iwan", "Rowlands"), P("Cadi", "Hopkins"), P("Macsen", "Price"),
            P("Efa", "Jarman"), P("Gruffudd", "Lewis", "Guto"), P("Lowri", "Meredith"), P("Harri", "Beynon"),
            P("Megan", "O'Hara"), P("Aled", "Bell"), P("Tirion", "Hill"), P("Jac", "Wood"),
            P("Zoë", "Kowalska"), P("Łukasz", "Nowak"), P("Amira", "Haddad"), P("Kai", "Chen"),
            P("Olivia", "Harris"), P("Noah", "Fletcher"), P("Evie", "Sullivan"), P("Awen", "Mostyn"),
            P("Steffan", "Pugh"), P("Elis", "Gwilym"), P("Mali", "Roberts"), P("Nel", "Davey"),
            P("Ianto", "Jones"), P("Lleucu", "Owen", "Lleu"), P("Anwen", "Gibbs"), P("Catrin", "Maddox"),
            P("Dylan", "Cole"), P("Teleri", "Probert"), P("Ela", "Marsh"),
        ],
        "staff": [
            St("Mrs", "Angharad", "Rees"), St("Mr", "Huw", "Ellis-Rowe"), St("Miss", "Nerys", "Beddoe"),
            St("Mr", "Gareth", "Protheroe"), St("Ms", "Delyth", "Caradog"), St("Mx", "Alex", "Penry"),
            St("Dr", "Meinir", "Gwynfor"), St("Mrs", "Eleri", "Tudor"), St("Mr", "Owain", "Bracchi"),
            St("Miss", "Hannah", "Lake"), St("Mrs", "Ruth", "Mathias"),
        ],
    },
}

SCHOOLS["h3b-kilbride"] = {
    "place": "Kilbride",
    "config": {
        "role": "staff",
        "school": {
            "name": "Kilbride High School",
            "aliases": ["Kilbride High", "KHS", "Kilbride HS"],
            "hashtags": ["#KilbrideHigh", "#TeamKHS"],
            "handles": ["@KilbrideHigh", "@KHS_PE"],
            "domains": ["kilbridehigh.org.uk"],
            "address": "140 Calder Way, Kilbride",
            "postcode": "G75 9HR",
            "phone": "0141 496 0382",
        },
        "pupils": [
            P("Eilidh", "MacLeod"), P("Ruaridh", "Fraser"), P("Iona", "Campbell"), P("Isla", "McIntyre"),
            P("Calum", "Stewart"), P("Mhairi", "Docherty"), P("Ailsa", "Baird"), P("Glen", "Cameron"),
            P("Mark", "Henderson"), P("Jack", "Mackenzie-Ross"), P("Grace", "Lindsay"), P("Summer", "Quinn"),
            P("Sky", "Robertson"), P("Robin", "Ferguson"), P("Heath", "Duffy"), P("Niamh", "O'Donnell"),
            P("Seán", "Gallagher"), P("Róisín", "McCann"), P("Kirsty", "Muir"), P("Finlay", "Reid"),
            P("Struan", "Hepburn"), P("Catriona", "Urquhart", "Cat"), P("Alasdair", "Munro", "Ally"),
            P("Morven", "Kerr"), P("Innes", "Paterson"), P("Kenzie", "Lamont"), P("Lachlan", "Boyd"),
            P("Rory", "Sinclair"), P("Euan", "Craig"), P("Ellie-Mae", "Watt"), P("Amir", "Hussain"),
            P("Priya", "Sharma"), P("Zofia", "Wiśniewska"), P("Tomasz", "Zieliński"), P("Blair", "Cowan"),
            P("Kyle", "Burns"), P("Rhona", "Dunlop"), P("Jamie", "Park"), P("Connor", "Hay"),
            P("Erin", "Forbes"), P("Leah", "Hamilton"), P("Keir", "Dalziel"), P("Ava", "McGregor"),
            P("Orla", "Devlin"), P("Harris", "Nicol"), P("Murdo", "MacAskill"), P("Caitlin", "Rennie"),
            P("Daniel", "D'Arcy"), P("Shona", "Mair"), P("Angus", "Baird"),
        ],
        "staff": [
            St("Mr", "Graham", "Doig"), St("Mrs", "Fiona", "Baxter"), St("Ms", "Lorna", "Kilpatrick"),
            St("Dr", "Iain", "Strachan"), St("Miss", "Kerry", "Gillies"), St("Mr", "Stuart", "Rankin"),
            St("Mx", "Jordan", "Blyth"), St("Mrs", "Elaine", "Forsyth"), St("Mr", "Neil", "Crawford"),
            St("Miss", "Jenna", "Swan"), St("Mr", "Andrew", "Moss"),
        ],
    },
}

SCHOOLS["h3c-hollybank"] = {
    "place": "Thornleigh",
    "config": {
        "role": "staff",
        "school": {
            "name": "Hollybank Nursery and Infant School",
            "aliases": ["Hollybank Infants", "Hollybank Nursery", "Hollybank School", "HNIS"],
            "hashtags": ["#HollybankInfants", "#HollybankFamily"],
            "handles": ["@HollybankNIS"],
            "domains": ["hollybank.leeds.sch.uk"],
            "address": "8 Mill Lane, Thornleigh",
            "postcode": "LS6 4PT",
            "phone": "0113 496 0725",
        },
        "pupils": [
            P("Holly", "Brennan"), P("Poppy", "Ashworth"), P("Rose", "Fairclough"), P("Ivy", "Sutcliffe"),
            P("Honey", "Lister"), P("Sunny", "Okafor"), P("April", "Nash"), P("June", "Whitaker"),
            P("Angel", "Mensah"), P("Frank", "Holroyd"), P("Dale", "Pickles"), P("Brooke", "Kaur"),
            P("Willow", "Hirst"), P("Autumn", "Reilly"), P("Noah", "Ibrahim"), P("Oliver", "Pearson"),
            P("Muhammad", "Rahman"), P("Aisha", "Begum"), P("Zainab", "Malik"), P("Chloé", "Dubois"),
            P("Zuzanna", "Kowalczyk"), P("Freddie", "O'Neill"), P("Aaliyah", "D'Souza"),
            P("Edward", "Hargreaves", "Teddy"), P("Alfie", "Crowther"), P("Ruby", "Greenwood"),
            P("Daisy", "Barraclough"), P("Archie", "Firth"), P("Mia", "Fenwick"), P("Isaac", "Mortimer-Hale"),
            P("Evelyn", "Hope"), P("Arlo", "Bright"), P("Maisie", "Cooper"), P("Leo", "Baker"),
            P("Hugo", "Fox"), P("Elsie", "Marsden"), P("Ezra", "Goldberg"), P("Sienna", "Walsh"),
            P("Harley", "Ward"), P("Kacper", "Nowicki"), P("Matilda", "Sykes", "Tilly"), P("Yusuf", "Patel"),
            P("Olive", "Booth"), P("Jasper", "Kirk"), P("Florence", "Shaw"), P("Reggie", "Appleyard"),
            P("Lily", "Haigh"), P("Oscar", "Womersley"), P("Esme", "Horsfall"), P("Theo", "Kitching"),
        ],
        "staff": [
            St("Mrs", "Karen", "Whitehead"), St("Miss", "Jodie", "Ackroyd"), St("Ms", "Nadia", "Kapoor"),
            St("Mr", "Tom", "Ingham"), St("Mrs", "Lisa", "Dyson"), St("Mx", "Charlie", "Armitage"),
            St("Dr", "Helen", "Royle"), St("Mrs", "Beverley", "Gill"), St("Miss", "Sophie", "Carter"),
            St("Mrs", "Janet", "Moorhouse"),
        ],
    },
}

# ----------------------------------------------------------------------------------------------------------
# Posts
# ----------------------------------------------------------------------------------------------------------
POSTS = {}

POSTS["h3a-penybryn"] = [
    "Does anyone know if PE day has changed? ⟦P|Gethin⟧ says it's Wednesdays now but the letter said Thursdays 🙈",
    "{WAL} Diolch o galon to everyone who came to our Eisteddfod! Da iawn ⟦P|Cerys Lloyd-Jones⟧ (1st, llefaru) and ⟦P|Osian⟧ (2nd, unawd) 🎤 ⟦I|#YsgolPenyBryn⟧",
    "Lost: navy fleece with ⟦P|Llŷr⟧ written on the label. If found please ring me on ⟦T|07700 900412⟧ x",
    "lol ⟦P|dafydd⟧ and ⟦P|gwion⟧ got told off for climbing the fence again",
    "Mae ⟦-word|eira⟧ ar y buarth! ❄️ Snow on the yard this morning – wrap up warm, and please use the ⟦-street_no_number|Chapel Road⟧ gate.",
    "Llongyfarchiadau to ⟦P|Mabli Thomas⟧ and ⟦P|Iwan Rowlands⟧ who have been chosen for the Urdd county squad ⚽ ⟦I|@YsgolPenyBryn⟧",
    "Proud to have joined the governing body of ⟦I|Ysgol Gynradd Pen-y-Bryn⟧ this term. A huge thank you to our headteacher ⟦S|Angharad Rees⟧ and the whole team for the warm welcome. #governance #education",
    "Huge thanks to ⟦S|Miss Beddoe⟧ for the lovely report. ⟦P|Bethan⟧ has come on so much this year ❤️",
    "Can whoever borrowed ⟦P|Tomos⟧'s bike helmet please return it to the office? Thanks",
    "Sêr yr Wythnos ⭐\nBl. 2: ⟦P|Efa Jarman⟧\nBl. 4: ⟦P|Harri Beynon⟧\nBl. 6: ⟦P|Gwen Hughes⟧\n⟦I|#YsgolPenyBryn⟧ ⟦I|#TeuluPenyBryn⟧",
    "Class 3 trip letters are due back Friday. Questions? Ring the office on ⟦I|(029) 2018 0417⟧ or pop in.",
    "Party invites are out! ⟦P|Seren⟧'s 7th is at ⟦A|14 Bryn Terrace, Llanrhydd⟧ ⟦C|cf83 8ty⟧ on Saturday from 2pm 🎈",
    "Lovely walk up ⟦-place|Bryn Glas⟧ this morning, you can see right down to the Severn on a clear day 🌄",
    "Uniform grant form wants ⟦P|Ianto⟧'s DOB so for the record he was born ⟦D|12/09/2018⟧ 😂 I always forget",
    "Blwyddyn 5 built ⟦-word|Tudor⟧ houses out of willow today 🏠 Diolch ⟦S|Mr Bracchi⟧ for sourcing the materials! ⟦I|#YsgolPenyBryn⟧",
    "Has ⟦S|Miss Rees⟧ sent the swimming letter out yet? Can't find it on the app",
    "Is it non-uniform day on the 14th or the 21st? Ref on the ParentPay receipt is ⟦-number|PB-2024-0871⟧ if that helps",
    "⟦P|ALED⟧ AND ⟦P|KAI⟧ WON THE QUIZ!!! 🏆🏆",
    "If anyone has spare costumes for the nativity please email me ⟦E|cerysmam@hotmail.co.uk⟧ – ⟦P|Cerys⟧ is a shepherd again 🐑",
    "Who ⟦-word|will⟧ be at the Urdd Eisteddfod on Saturday? We could share lifts from ⟦-place|Llanrhydd⟧",
    "⟦P|Will⟧ and ⟦P|Rhodri⟧ have both got chickenpox so we're out of action this week 🤒",
    "Well done ⟦P|Hope⟧ for reading a hundred books this year 📚📚 ⟦I|@YsgolPenyBryn⟧",
    "After 12 years at ⟦I|Pen-y-Bryn Primary⟧ I'm moving on to a new role with the local authority. Thank you to ⟦S|Huw Ellis-Rowe⟧, ⟦S|Delyth Caradog⟧ and every family I've worked with. #primaryeducation #Wales",
    "The ⟦-word|price⟧ of the school photos this year is shocking, ⟦-number|£18.50⟧ for one print!",
    "⟦P|Macsen Price⟧ scored a hat-trick at the weekend ⚽⚽⚽ so proud!",
    "Lift share for swimming: I can take 3 in the car. Text ⟦T|+44 7700 900 238⟧ or WhatsApp ⟦T|07700900238⟧",
    "Term dates for ⟦-number|2025-26⟧ are now on our website: ⟦I|https://www.ysgolpenybryn.sch.uk/dyddiadau-tymor?lang=en⟧",
    "Useful: the Welsh Government term dates are at ⟦-other_url|https://www.gov.wales/school-term-and-holiday-dates⟧ – INSET days are set by each school though",
    "⟦-other_school|Ysgol Gyfun Cwm Rhydd⟧ open evening is on Thursday for Year 6 parents thinking about secondary.",
    "Diolch ⟦S|Mr Protheroe⟧ for running the Urdd club every Tuesday 🙌 ⟦P|Awen⟧ absolutely loves it",
    "⟦P|Sion⟧ has lost his reading book again 🙄 anyone seen a green book bag with a dragon keyring?",
    "Pen-blwydd hapus i ⟦P|Siôn Llewelyn⟧ sy'n 8 heddiw! 🎂 Born ⟦D|3 March 2017⟧ and still the loudest in the house 😂",
    "For the new starters form: ⟦P|Lleucu Owen⟧, DOB ⟦D|21.06.2020⟧. Does she need her birth certificate too?",
    "⟦P|Lleu⟧ cried all the way to the gate but the staff were brilliant ❤️",
    "Big thank you to ⟦S|Mx Penry⟧ who organised the trip to St Fagans – ⟦P|Zoe⟧ hasn't stopped talking about it!",
    "⟦P|Lukasz⟧ ac ⟦P|Amira⟧ – da iawn am y cyflwyniad! 👏",
    "The ⟦-word|bell⟧ now goes at ⟦-number|8.50⟧ not ⟦-number|8.55⟧ from Monday, please be on time",
    "⟦P|Megan O’Hara⟧’s mum here – has anyone found a purple water bottle? 💜",
    "Walking bus leaves the top of the ⟦-word|hill⟧ at ⟦-number|8.30⟧ sharp, hi-vis vests provided 🦺",
    "Sports day results: 🥇 ⟦P|Tirion Hill⟧ 🥈 ⟦P|Jac Wood⟧ 🥉 ⟦P|Aled Bell⟧. Tug of war: Coch beat Glas ⟦-number|3-1⟧! ⟦I|#TeuluPenyBryn⟧",
    "⟦S|Dr Gwynfor⟧ ⟦-word|will⟧ be at the coffee morning on Wednesday ☕ come and say hello",
    "Firewood for sale, ⟦-word|wood⟧ stacked and dry, ⟦-number|£60⟧ a bag, collection from ⟦-place|Llanrhydd⟧",
    "Missing cat 🐈 answers to Smwt, last seen near ⟦A|6 Orchard Close, Llanrhydd⟧ ⟦C|CF83 2LX⟧. Please call ⟦T|07700 900 127⟧",
    "Class trip to the ⟦-word|lake⟧ at Cwm Rhydd is cancelled because of the weather 🌧️",
    "⟦S|MISS LAKE⟧ IS THE BEST TEACHER EVER 💯💯",
    "Gutted for ⟦P|Guto⟧, he was so looking forward to the Urdd final. Chin up ⟦P|Gruffudd Lewis⟧, there's always next year 💪",
    "Parents evening bookings: ⟦I|ysgolpenybryn.sch.uk/parents-evening⟧ (slots ⟦-number|3.30-6.30⟧)",
    "⟦-non_roster_name|Carwyn⟧ and ⟦-non_roster_name|Ffion⟧ from the PTA are collecting raffle prizes, drop them at the office by ⟦-date|Friday 6 December⟧",
    "⟦S|Mrs. Tudor⟧ says Christmas jumper day is ⟦-date|13 December⟧ this year, £1 donation 🎄",
    "⟦P|Dafydd Pritchard⟧, ⟦P|Elin Bowen⟧ and ⟦P|Nia Prosser⟧ represented ⟦-generic_school|the school⟧ at the Senedd today 🏛️ Da iawn chi! ⟦I|#YsgolPenyBryn⟧",
    "⟦S|Mrs Mathias⟧ is retiring after 31 years 😭 Anyone want to chip in for a present? Send to my PayPal ⟦E|rhian.beynon83@gmail.com⟧",
    "⟦P|Rhys ap Iorwerth⟧ is our new Criw Cymraeg captain 🐉",
    "Dad's taxi available for the disco 🚕 ⟦T|+44 (0)7700 900 655⟧, can fit 4 kids with boosters",
    "Anyone lost a set of keys by the gate? They're in the office but my number is ⟦T|0044 7700 900 981⟧ if you want to check first",
    "Childminder with 2 spaces for September, collecting from ⟦I|Pen-y-Bryn Primary School⟧ daily. Call ⟦T|(01632) 960 214⟧",
    "⟦P|Nel⟧ turns 6 on ⟦D|2 May⟧ and wants a unicorn cake, any bakers in ⟦-place|Llanrhydd⟧?",
    "The reading book we lost is 'Y Ddraig Goch', ISBN ⟦-number|978-1-84851-227-4⟧ – happy to pay, does anyone know where to buy it?",
    "Bore da! Blwyddyn 6 are off to Llangrannog today 🚌 Follow ⟦I|@YsgolPenyBryn⟧ for updates. Diolch ⟦S|Mr Ellis-Rowe⟧ a ⟦S|Ms Caradog⟧!",
    "Why has ⟦S|Mrs Beddoe⟧ moved classes? ⟦P|Alys⟧ is devastated lol",
    "⟦-word|WILL⟧ THERE BE A DISCO THIS YEAR OR NOT",
    "Parti pen-blwydd guest list so far: ⟦P|Cadi⟧, ⟦P|Efa⟧, ⟦P|Mali⟧, ⟦P|Teleri⟧, ⟦P|Anwen⟧ and ⟦P|Ela⟧ 🎉 anyone I've forgotten??",
    "⟦P|Catrin Maddox⟧ – date of birth ⟦D|14th July 2017⟧ – is missing from the swimming gala entry list, can the office add her?",
    "Polling station this Thursday is the hall at ⟦I|23 Chapel Road, Llanrhydd⟧, ⟦I|CF83 7NW⟧ 🗳️ open 7am–10pm",
    "Selling Year 4 uniform, age 8-9, £3 an item. Collection ⟦C|np44 2st⟧ or I can drop off. Email ⟦E|awen.mostyn.family@outlook.com⟧",
    "⟦-not_postcode|M4⟧ closed at junction 28 tonight and the ⟦-not_postcode|A470⟧ diversion is awful",
    "Are there any tutors covering ⟦-not_postcode|CF83⟧? Looking for help with maths for Year 6",
    "We ⟦-word|hope⟧ to see lots of you at the carol service at Capel ⟦-place|Bryn Seion⟧, 6pm on ⟦-date|Sunday 15 December⟧ ✨ ⟦I|#TeuluPenyBryn⟧",
    "So proud of ⟦P|Bryn⟧ – picked for the under-10s rugby squad today 🏉",
    "⭐ ⟦-word|Seren⟧ yr Wythnos: ⟦P|Noah Fletcher⟧ ac ⟦P|Evie Sullivan⟧! ⭐",
    "⟦P|Eira⟧ lost her first tooth in assembly 😂🦷",
    "Cousin in Boston says to call her on ⟦-number|+1 617 555 0134⟧ about the exchange – does ⟦-generic_school|the school⟧ have any info?",
    "⟦S|Mrs Rees⟧ asked parents to send dinner money queries to the office, not to her personal email 🙏",
    "Governors' meeting notes 📋\n• Budget approved\n• New canopy for the nursery class\n• Thanks to ⟦S|Mrs Mathias⟧ for 31 years' service\nNext meeting ⟦-date|12 March⟧",
    "Royal Mail tracking ⟦-number|TT 4471 0928 3GB⟧ says the uniform order was delivered but nothing's arrived 😤",
    "Thank you ⟦S|Hannah⟧ for looking after the little ones at the disco 💃",
    "Tutor for Welsh second language, Cardiff and Caerphilly area: ⟦T|029 2018 0962⟧ or ⟦T|02920 180 225⟧ (evenings)",
    "Flat to rent above the chip shop – ⟦A|2 High Street, Llanrhydd⟧, ⟦C|CF83 2QE⟧ – message for details, no agents",
    "Email from ⟦S|Mrs Rees⟧ today: the ⟦-number|£4.50⟧ trip payment is due by ⟦-date|31 January⟧. Reply to ⟦E|Gethin.Morgan.Mam@btinternet.com⟧ if you want to share a lift",
    "Our Taid ⟦-word|will⟧ be 90 next week 🎉 the cards the class made for him made his day, diolch ⟦S|Miss Lake⟧",
    "Nativity tickets: ⟦-number|£3⟧ adults, children free. Doors ⟦-number|5.45pm⟧. Dim parcio ar ⟦-street_no_number|Chapel Road⟧ please 🙏",
    "⟦P|Steffan Pugh⟧ and ⟦P|Elis Gwilym⟧ helped the Year 1s plant bulbs on the bank 🌷 ⟦I|YGPB⟧ eco-committee at work",
    "Huge congratulations to ⟦P|Lowri Meredith⟧, born ⟦D|3/2/2019⟧, our youngest ever Urdd recitation winner 🏅 (Mam is very proud!)",
    "Selling the twins' car seats 🚗 collection from ⟦A|31 Meadow View Road, Llanrhydd⟧, ⟦C|CF83 1AW⟧. Call ⟦T|01632 960548⟧ after 6",
    "Parking fine ref ⟦-number|WA 77120 5531⟧ for stopping on the zigzags 😡 is that even legal outside ⟦-generic_school|a primary school⟧?",
]

POSTS["h3b-kilbride"] = [
    "{SCO} Congratulations to ⟦P|Eilidh MacLeod⟧ (S6) who has been selected for the Scotland U18 netball squad! 🏆 ⟦I|#TeamKHS⟧",
    "Does anyone know when the S4 prelims start? ⟦P|Ruaridh⟧ says January but the app says ⟦-date|24 February⟧",
    "Fantastic walk through the ⟦-word|glen⟧ at the weekend, the waterfalls were roaring after all that rain 🌧️🏞️",
    "⟦P|Glen⟧ got his Duke of Edinburgh bronze today, absolutely buzzing for him 🎉",
    "⟦-word|Mark⟧ your calendars: S1 parents' evening is ⟦-date|Thursday 14 November⟧, 4-7pm. Book via the app. ⟦I|@KilbrideHigh⟧",
    "Shoutout to ⟦P|Mark Henderson⟧ for the winning goal against ⟦-other_school|Strathmore Academy⟧ ⚽ Final score ⟦-number|2-1⟧ ⟦I|#TeamKHS⟧",
    "Taxi firms always ⟦-word|jack⟧ up the price on prom night, anyone want to share a minibus?",
    "⟦P|Jack Mackenzie-Ross⟧ and ⟦P|Lachlan⟧ are through to the national final of the debating competition 🗣️ Good luck boys!",
    "The library has extended the ⟦-word|grace⟧ period for overdue books until the end of term 📚",
    "⟦P|Grace⟧ and ⟦P|Summer⟧ were brilliant in the show last night, what a pair of voices 🎭",
    "The ⟦-word|summer⟧ fair raised ⟦-number|£2,340⟧ for the S6 leavers' ball 🎉 Thank you all!",
    "Blue ⟦-word|sky⟧ and sunshine for sports day at last ☀️ Gates open ⟦-number|9.15⟧",
    "A ⟦-word|robin⟧ has built a nest in the bike shed so that area is closed until the chicks fledge 🐦 ⟦I|#KilbrideHigh⟧",
    "⟦P|Robin Ferguson⟧ is selling tablet for the Malawi trip, £1 a bag – message me or email ⟦E|fergusons.tablet@yahoo.co.uk⟧ for orders",
    "⟦P|Heath⟧ has left his PE bag on the ⟦-number|201⟧ bus again 🙄 if anyone spots it…",
    "WELL DONE ⟦P|EILIDH⟧ AND ⟦P|ISLA⟧!!! 🏆🏆🏆",
    "⟦P|calum⟧ is actually the funniest person in our year 😂 ⟦P|mhairi⟧ agrees",
    "S3 geography trip to ⟦-place|Iona⟧ and Mull is booked for May. Deposit ⟦-number|£50⟧ due by Friday.",
    "⟦P|Iona Campbell⟧ won the ⟦-non_roster_name|Burns⟧ poetry recital {SCO} so proud ❤️",
    "⟦-non_roster_name|Burns⟧ Night supper in the dining hall on ⟦-date|24 January⟧, tickets £8 🍽️ haggis, neeps and tatties!",
    "⟦P|Cat Urquhart⟧ is our new head girl 👏 ⟦P|Catriona⟧ has been a star since S1",
    "Our ⟦-word|cat⟧ had kittens, free to good homes, pics in comments 🐱",
    "Thanks ⟦P|Ally⟧ for helping with the S1 buddy scheme 💙",
    "Pride week at ⟦I|KHS⟧ 🏳️‍🌈 Be an ⟦-word|ally⟧, not a bystander. Thanks to ⟦S|Mx Blyth⟧ for leading assemblies.",
    "Mountain club bagged their first ⟦-word|Munro⟧ on Saturday ⛰️ Ben Lomond in the mist! ⟦I|@KHS_PE⟧",
    "⟦P|Alasdair Munro⟧ (S5) raised ⟦-number|£600⟧ doing the Kiltwalk for the children's hospice 🏃",
    "S2 rugby lift rota — message me on ⟦T|07700 900 562⟧ if you can take a turn on Saturdays",
    "Private tutor, Higher Chemistry & Physics, ⟦T|+44 (0)141 496 0917⟧, ⟦E|tutor.gcraig@gmail.com⟧",
    "Absence line is ⟦I|0141-496-0382⟧, press 1 then leave a message before 9am",
    "SQA results day info: ⟦I|https://kilbridehigh.org.uk/news/results-day-2025⟧ 📄",
    "Results come out ⟦-date|5 August⟧, you can sign up for texts at ⟦-other_url|www.sqa.org.uk/mystudentresults⟧",
    "⟦S|Dr Strachan⟧'s chemistry demo at the open evening was incredible 🔥 my wee one wants to be a scientist now",
    "⟦S|Ms Baxter⟧ has been so supportive with ⟦P|Niamh⟧'s move up to S1, thank you 🙏",
    "⟦P|Róisín⟧ and ⟦P|Sean⟧ are doing the Irish dancing at the ceilidh 💃",
    "Get well soon ⟦P|Niamh O’Donnell⟧ 💐 the whole class misses you",
    "⟦P|DANIEL D'ARCY⟧ IS A LEGEND",
    "There's a ⟦-word|swan⟧ nesting by the loch path, please keep dogs on leads 🦢",
    "⟦S|Miss Swan⟧ reduced half the class to tears with her farewell speech 😭 Best of luck in Dundee!",
    "⟦S|Mr. Moss⟧ has set up a lunchtime chess club, Room ⟦-number|214⟧, Tuesdays",
    "Fun run in the ⟦-word|park⟧ this Sunday, make ⟦-word|hay⟧ while the sun shines ☀️",
    "⟦P|Jamie Park⟧ and ⟦P|Connor Hay⟧ made the Lanarkshire squad 🏉",
    "⟦P|Ellie-Mae⟧ has been nominated for Young Volunteer of the Year 🌟",
    "Anyone driving to ⟦-place|Hamilton⟧ for the regional swimming gala? Leaving ⟦-place|Kilbride⟧ about 5",
    "Congratulations ⟦P|Leah Hamilton⟧ – 5 As at Higher!",
    "Lovely ⟦-place|Harris⟧ tweed bags for sale at the Christmas market 🧶",
    "⟦P|Harris⟧ says the S3 trip money is due Friday, is that right? Can't see it on the app",
    "⟦P|Kyle⟧ and ⟦P|Keir⟧ are running the tuck shop this term 🍫",
    "Lost dog 🐕 near ⟦A|27 Mains Crescent, Kilbride⟧ ⟦C|G75 8DW⟧, answers to Bruce. Call ⟦T|07700 900 874⟧",
    "Nearly new blazer for sale, collection from ⟦C|G741XP⟧ or can post",
    "For the bus pass form: ⟦P|Shona Mair⟧, DOB ⟦D|09/11/2010⟧ – why do they need all this? 😩",
    "⟦P|Orla⟧ turns 16 on ⟦D|18th March⟧ and wants to do her driving theory test straight away 🚗",
    "Nae ⟦-word|mair⟧ snow days please, we've had three already ❄️",
    "⟦P|Euan Craig⟧ climbed Ben Nevis for charity 🏔️",
    "⟦P|Calum Stewart⟧ is now a Young Leader with the Boys' Brigade",
    "Delighted to share that our STEM partnership with ⟦I|Kilbride High School⟧ has won a regional award. Special thanks to ⟦S|Iain Strachan⟧ and ⟦S|Lorna Kilpatrick⟧ for their leadership. #STEM #Education #Scotland",
    "As Chair of the Parent Council at ⟦I|Kilbride High⟧, I'm proud of what our young people achieved this year. Thank you ⟦S|Mr Doig⟧ and the whole team.",
    "Is it normal for ⟦-generic_school|high school⟧ to give this much homework in S1? Feels like a lot",
    "⟦-other_school|Kilbride Primary School⟧ are looking for volunteers for their sports day on ⟦-date|13 June⟧",
    "⟦-not_postcode|M74⟧ roadworks plus the ⟦-not_postcode|A725⟧ closure = chaos. Anyone in ⟦-not_postcode|G75⟧ want to car share?",
    "Exchange partner family in France gave us ⟦-number|+33 6 12 34 56 78⟧ – does anyone know if we should call before they arrive?",
    "⟦P|Isla McIntyre⟧'s dad here – any S5 parents want to share the Islay ferry booking?",
    "Good luck to ⟦P|Mhairi Docherty⟧ at the Mòd in Inverness this week 🎶",
    "🏅 Sports Personality of the Year 🏅\nS1: ⟦P|Kenzie Lamont⟧\nS3: ⟦P|Rory Sinclair⟧\nS6: ⟦P|Blair Cowan⟧\nPresented by ⟦S|Mr Rankin⟧ and ⟦S|Miss Gillies⟧ 👏 ⟦I|#KilbrideHigh⟧",
    "Half term at ⟦-place|Blair Atholl⟧ 🏕️ highly recommend the castle",
    "⟦P|Zofia Wisniewska⟧ and ⟦P|Tomasz Zieliński⟧ translated the welcome pack into Polish 🇵🇱 amazing work",
    "Science fair winners: ⟦P|Amir Hussain⟧ (S2) and ⟦P|Priya Sharma⟧ (S4) 🧪",
    "Thanks ⟦S|Elaine⟧ for staying late to help with the costumes 🙏",
    "⟦S|mr crawford⟧ gave us double homework AGAIN 😭",
    "Test data in the new app shows ⟦-not_postcode|XX1 1XX⟧ for every address lol",
    "Anyone got a spare copy of the Higher English text? ISBN ⟦-number|9780241341285⟧",
    "Sat nav users: put in ⟦I|g75 9hr⟧ not the old postcode or you'll end up at the golf course ⛳",
    "⟦P|Sky⟧ got her Gold Award in the Maths Challenge 🥇 ⟦I|@KilbrideHigh⟧",
    "⟦P|Innes⟧, ⟦P|Rhona⟧, ⟦P|Erin⟧ and ⟦P|Ava⟧ – S2 book club champions 📚",
    "Duke of Edinburgh registration: ⟦P|Murdo MacAskill⟧, born ⟦D|2009-05-14⟧ – can someone check the online form takes this format?",
    "Please send photos from the ceilidh to ⟦E|khs.parentcouncil@gmail.com⟧ for the newsletter 📸",
    "College taster day – the Edinburgh campus contact is ⟦T|0131 496 0258⟧, ask for the schools team",
    "Party for ⟦P|Caitlin⟧'s 16th at ⟦A|8 Lindsay Place, Kilbride⟧ ⟦C|G75 0PD⟧ from 7",
    "Parking on ⟦-street_no_number|Lindsay Place⟧ is a nightmare at pick-up",
    "⟦P|Finlay Reid⟧ & ⟦P|Struan Hepburn⟧ are walking the West Highland Way for charity 🥾",
    "Lovely to see ⟦P|Kirsty⟧ with ⟦P|Morven⟧ at the awards night",
    "Family holiday in ⟦-place|Angus⟧ this year, the beaches at Lunan Bay are stunning",
    "⟦S|Mrs Baxter⟧ is covering for ⟦S|Mr Doig⟧ while he's on leave",
    "⟦P|Ailsa Baird⟧ got a distinction in her Grade 8 piano 🎹 and ⟦P|Angus⟧ passed Grade 3!",
    "Well done ⟦P|Róisín McCann⟧, chosen to represent ⟦I|kilbride hs⟧ at the Youth Parliament 🗳️",
    "⟦-other_school|Kilbride Primary School⟧ office is on ⟦T|(0141) 496 0611⟧ if your P7 hasn't had the transition letter",
    "Uniform grant: ⟦P|Kyle Burns⟧, date of birth ⟦D|3 Dec 2011⟧. Is that all they need?",
    "Haha ⟦P|Mark⟧ and ⟦P|Jack⟧ just fell in the burn on the geography field trip 😂",
    "Dropping off donations for the food bank at ⟦A|19 Forrest Road, Kilbride⟧, ⟦C|ML10 6PQ⟧ – open till 3 on Saturdays 🥫",
    "{SCO} Team ⟦I|Kilbride HS⟧ at the Scottish Schools Cross Country today! Well done ⟦P|Ruaridh Fraser⟧ 🥈 and ⟦P|Ava McGregor⟧ 🥉 ⟦I|#KilbrideHigh⟧",
    "Gran's moved to London! Cards for her to ⟦A|14 Wapping Lane⟧, ⟦C|E1W 2RG⟧ please, ⟦P|Erin Forbes⟧ says the class promised 💌",
    "Lost phone on the bus 📱 if found please ring my mum on ⟦T|0044 20 7946 0999⟧ or email ⟦E|orla.devlin.mum@icloud.com⟧",
    "Sports registration asks for D.O.B. – ⟦P|Keir Dalziel⟧ ⟦D|04/10/2011⟧, ⟦P|Lachlan Boyd⟧ ⟦D|22/01/2012⟧",
    "Train to Glasgow Central cancelled again, the ⟦-number|07:52⟧ and the ⟦-number|08:22⟧ 🙄 ScotRail ref ⟦-number|SR-2291-0457⟧",
    "⟦P|GRACE⟧ U ARE SO FUNNY 😂😂 me n ⟦P|summer⟧ cant breathe",
]

POSTS["h3c-hollybank"] = [
    "🌸 Spring has sprung at ⟦I|Hollybank Nursery⟧! Our tadpoles have legs 🐸 ⟦I|#HollybankFamily⟧",
    "⟦I|HOLLYBANK INFANTS⟧ NEWSLETTER – Spring 2\n\nWelcome to our new starters ⟦P|Ezra⟧, ⟦P|Zainab⟧ and ⟦P|Kacper⟧! 👋\nPlease send wellies – Forest School is every Thursday 🌳\nEaster egg hunt: ⟦-date|Friday 28 March⟧, ⟦-number|2.30pm⟧",
    "Making ⟦-word|holly⟧ wreaths at the Christmas craft morning 🎄 £3 per family, all materials provided",
    "⟦P|Holly⟧ came home covered in glitter again ✨ who do I thank 😂",
    "⟦-word|Poppy⟧ Appeal badges on sale in reception this week, 50p each 🌺",
    "Superstar of the week: ⟦P|Poppy Ashworth⟧ for her beautiful writing ✏️ ⟦I|#HollybankInfants⟧",
    "Nursery fees ⟦-word|rose⟧ again from ⟦-word|April⟧, now ⟦-number|£62.50⟧ a day for under-3s 😬",
    "⟦P|Rose⟧ won the colouring competition at the library 🎨 so proud",
    "The ⟦-word|ivy⟧ on the playground fence is being cut back on Saturday, volunteers welcome 🌿",
    "⟦P|Ivy⟧ had so much fun playing with ⟦P|Willow⟧ and ⟦P|Daisy⟧ today 💕",
    "⟦-word|Honey⟧ and oat flapjacks for the bake sale, nut free 🐝 £1 each",
    "Thank you for the birthday invite! ⟦P|Honey⟧ would love to come 🎈",
    "Lovely ⟦-word|sunny⟧ day for Sports Day ☀️ please send sun cream & hats",
    "⟦P|Sunny Okafor⟧ and ⟦P|Angel Mensah⟧ were our Stars of the Week 🌟 ⟦I|@HollybankNIS⟧",
    "⟦-word|April⟧ showers forecast for the Easter trail so pack a coat!",
    "Sports Day is on ⟦-date|June 12th⟧, with a picnic lunch on the field 🥪",
    "⟦P|April⟧ turns 4 on ⟦D|12 June⟧ 🎂 party at the soft play, all nursery friends welcome!",
    "Class rep for Reception is ⟦P|June Whitaker⟧'s mum – ring her on ⟦T|07700 900 031⟧ or email ⟦E|junes.mum.whitaker@gmail.com⟧ with any questions",
    "Nativity costume list: ⟦-word|angel⟧ wings, tinsel halo, white t-shirt 👼",
    "Had a very ⟦-word|frank⟧ conversation with the council about the parking outside school 🙄",
    "⟦P|Frank⟧ said his first full sentence in English today 🥹 thank you ⟦S|Miss Ackroyd⟧!",
    "Up hill and down ⟦-word|dale⟧ on the ⟦-place|Thornleigh⟧ ramble this Sunday 🥾",
    "⟦P|Dale Pickles⟧ has a wobbly tooth and will NOT stop telling everyone 🦷",
    "Welcome back ⟦P|Brooke⟧! We missed you 💜",
    "⟦-word|Willow⟧ weaving workshop for families, Saturday ⟦-number|10–12⟧, no need to book 🌿",
    "The ⟦-word|autumn⟧ term dates are on the council website: ⟦-other_url|www.leeds.gov.uk/schools/term-dates⟧",
    "⟦P|Autumn Reilly⟧ and ⟦P|Theo⟧ planted our new apple tree 🍎",
    "Bring your ⟦-word|teddy⟧ to nursery on Friday for our ⟦-word|Teddy⟧ Bears' Picnic 🧸",
    "⟦P|Teddy⟧ wants to know if his best friend ⟦P|Alfie Crowther⟧ can come for tea 😊",
    "⟦P|Olive Booth⟧ read to the whole class today 📖",
    "We ⟦-word|hope⟧ you all had a lovely Easter 🐣",
    "⟦P|Evelyn Hope⟧ and ⟦P|Florence Shaw⟧ performed a duet at the spring concert 🎶",
    "⟦P|Jasper Kirk⟧ and ⟦P|Hugo Fox⟧ built the tallest tower in Reception 🏗️",
    "Visiting ⟦P|Harley⟧ on the children's ⟦-word|ward⟧ at the LGI – she's doing much better, thank you all ❤️",
    "New starter form: ⟦P|Chloé Dubois⟧, date of birth ⟦D|5 April 2021⟧ – is she eligible for the 30 hours?",
    "Welcome to the world ⟦-non_roster_name|Nancy⟧, born ⟦D|2nd February⟧ weighing 6lb 3oz! ⟦P|Maisie⟧ is a very proud big sister 🥰",
    "DOB for ⟦P|Oscar⟧ is ⟦D|17-08-2020⟧ not ⟦-number|2021⟧, can the office update his record please?",
    "⟦P|Reggie⟧ will be 5 on ⟦D|29th September⟧ so he'll be the youngest in the year 😅",
    "Wrap-around childcare at ⟦A|19 Beech Grove⟧: call ⟦-non_roster_name|Sarah⟧ on ⟦T|0113 496 0139⟧ or ⟦T|07700 900 702⟧",
    "Office number is ⟦I|0113 4960725⟧ if you're running late for pick up ⏰",
    "Calling from abroad? Our number is ⟦I|+44 113 496 0725⟧ 🌍",
    "Reminder: post for the PTA goes to ⟦I|8 Mill Lane, Thornleigh⟧ ⟦I|LS6 4PT⟧, FAO Friends of ⟦I|Hollybank School⟧",
    "⟦-street_no_number|Mill Lane⟧ is closed for resurfacing on Monday, use the back gate on ⟦-street_no_number|Kirkgate Road⟧",
    "Garage sale at ⟦A|42a Rosemary Avenue, Thornleigh⟧ ⟦C|LS6 2DX⟧ on Saturday, lots of baby stuff 👶",
    "Playdate at ours – ⟦A|3 Rose Terrace⟧ – any time after 2 😊 ⟦P|Ruby⟧ is so excited",
    "Has anyone else had their car clipped on ⟦-street_no_number|Rose Terrace⟧? Third time this month 😡",
    "Please send party RSVPs to ⟦E|nash.family.leeds@gmail.com⟧ – ⟦P|April⟧ can't wait!",
    "After 9 wonderful years I'm leaving ⟦I|Hollybank Nursery and Infant School⟧ to take up a SENCo post in Bradford. Thank you ⟦S|Karen Whitehead⟧ for believing in me. #EarlyYears #SEND",
    "⟦S|Mrs Royle⟧ did the hearing screening for ⟦P|Yusuf⟧, really reassuring",
    "Speech and language drop-in with ⟦S|Dr Royle⟧ every Wednesday ⟦-number|9:15-10:00⟧ ⟦I|#HollybankFamily⟧",
    "⟦S|Mx Armitage⟧ has the patience of a saint 😇 thank you for the trip to the farm!",
    "Happy retirement ⟦S|Janet⟧! 32 years at ⟦-generic_school|the nursery⟧ ❤️",
    "⟦S|Miss Carter⟧ and ⟦S|Ms Kapoor⟧ are running the phonics workshop for parents next week 📚",
    "⟦S|Miss Whitehead⟧ said we can't park on the zigzags, fair enough",
    "⟦P|ARLO⟧ SAYS ⟦S|MR INGHAM⟧ IS THE FUNNIEST 😂",
    "omg ⟦P|alfie⟧ just told the whole class his mum cried at the nativity 💀",
    "Get well soon ⟦P|Freddie O’Neill⟧ 🤒 from all your friends in Robins class",
    "⟦P|Aaliyah D'Souza⟧'s mum here, does anyone have a spare book bag?",
    "Well done ⟦P|Isaac Mortimer-Hale⟧ for swimming his first width 🏊",
    "⟦P|Tilly⟧ (⟦P|Matilda Sykes⟧ on the register!) has settled in brilliantly",
    "⟦P|Zuzanna⟧ and ⟦P|Aisha⟧ were the stars of the Diwali assembly 🪔",
    "Football after school: ⟦P|Muhammad⟧, ⟦P|Noah⟧, ⟦P|Oliver⟧ and ⟦P|Archie⟧ please bring shin pads ⚽",
    "Does anyone's child go on to ⟦-other_school|Thornleigh Junior School⟧? What's the uniform like?",
    "How do I apply for a ⟦-generic_school|primary school⟧ place for September? Deadline is ⟦-date|15 January⟧ I think",
    "Council tax ref ⟦-number|4410 2287 93⟧ keeps getting rejected on the free school meals form, anyone else?",
    "Holiday club is run by Little Explorers Ltd, company no. ⟦-number|08123456⟧, Ofsted reg ⟦-number|EY552318⟧",
    "Sat nav keeps saying ⟦-not_postcode|VT6 4PT⟧ doesn't exist – because I typed it wrong 🙈",
    "Selling ⟦P|Leo⟧'s old balance bike, collect from ⟦C|m1 7ed⟧ (near Piccadilly) or I can bring it to pick-up",
    "My sister's shop in Soho is donating a hamper for the raffle ❤️ it's at ⟦A|27 Dean Street⟧, ⟦C|W1D 4HS⟧ if anyone's passing",
    "⟦S|Mrs Gill⟧ brought her goldfish in for show and tell 🐟",
    "Anyone going to ⟦-place|Beverley⟧ races on Saturday? Need a lift from ⟦-place|Thornleigh⟧",
    "⟦S|Mrs Dyson⟧ is the best lunchtime supervisor, ⟦P|Elsie⟧ adores her",
    "Lost: grey ⟦-word|teddy⟧ 🧸 with ⟦P|Lily⟧'s name in. Call/text ⟦T|07700-900-445⟧",
    "Theatre booking line ⟦T|020 7946 0123⟧ – quote PANTO25 for the group discount, box office is at ⟦A|150 Aldersgate Street⟧, ⟦C|EC1A 4JQ⟧",
    "Book a nursery tour here 👉 ⟦I|https://hollybank.leeds.sch.uk/visit?utm_source=facebook⟧",
    "All letters are on ⟦I|HOLLYBANK.LEEDS.SCH.UK⟧ under Parents",
    "Free flu spray consent: child's name ⟦P|Sienna Walsh⟧, DOB: ⟦D|30/01/2021⟧ – do I need to fill in another one for her brother?",
    "Childminder in ⟦C|LS17 8QW⟧ with two spaces, can do ⟦-generic_school|the nursery⟧ run",
    "⟦P|Brooke Kaur⟧ and ⟦P|Zainab Malik⟧ are our new school council reps 🗳️ ⟦I|#HollybankInfants⟧",
    "{ENG} St George's Day parade photos are up! Look out for ⟦P|Archie Firth⟧ in his knight costume ⚔️ ⟦I|@HollybankNIS⟧",
    "Happy birthday ⟦P|Mia⟧! 🎂 Born ⟦D|08.03.2021⟧, four today and already running the house 😂",
    "Please can parents not park across ⟦A|12 Mill Lane⟧ – the lady there has a wheelchair ramp 🙏",
    "Text ⟦T|+447700900318⟧ to join the ⟦I|HNIS⟧ parents' WhatsApp (for events only please!)",
    "Huge thanks to ⟦S|Mr Ingham⟧ and ⟦S|Miss Ackroyd⟧ for the forest school session, ⟦P|Esme⟧ came home caked in mud 😂",
    "Can someone remind me of ⟦P|Kacper Nowicki⟧'s mum's email? I think it's ⟦E|a.nowicka@wp.pl⟧ but it bounced",
    "Tea party for ⟦P|Rose Fairclough⟧'s grandma's 80th at ⟦A|5 Holly Court, Thornleigh⟧ ⟦C|LS6 3BN⟧ – all welcome! ☕",
    "New number for ⟦P|Theo Kitching⟧'s dad: ⟦T|0113-496-0871⟧ (landline) – please update the class list",
    "⟦P|JUNE⟧ AND ⟦P|DAISY⟧ WANT A PLAYDATE PLEASE 🙏🙏",
]

# ----------------------------------------------------------------------------------------------------------
# Machinery
# ----------------------------------------------------------------------------------------------------------
MARK = re.compile(r"⟦(-?[A-Za-z_]+)\|([^⟦⟧]*)⟧")


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def u16_slice(s, a, b):
    e = s.encode("utf-16-le")
    return e[2 * a:2 * b].decode("utf-16-le")


def parse(raw):
    raw = raw.format(**FLAGS) if "{" in raw else raw
    out, pos, n16, findings, negatives = [], 0, 0, [], []
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre); n16 += u16(pre)
        tag, body = m.group(1), m.group(2)
        start = n16
        out.append(body); n16 += u16(body)
        if tag.startswith("-"):
            t = tag[1:]
            if t not in NEG_TYPES:
                raise SystemExit(f"unknown negative type {t!r} in {raw!r}")
            negatives.append({"type": t, "start": start, "end": n16, "text": body})
        else:
            if tag not in KIND:
                raise SystemExit(f"unknown kind {tag!r} in {raw!r}")
            findings.append({"kind": KIND[tag], "start": start, "end": n16, "text": body})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise SystemExit(f"unbalanced markup: {raw!r}")
    return text, findings, negatives


# ---- normalisation helpers ----
_EXTRA = {"Ł": "L", "ł": "l", "’": "'", "‘": "'", "Ø": "O", "ø": "o"}


def fold_char(c):
    if c in _EXTRA:
        return _EXTRA[c]
    d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    return d if len(d) == 1 else c


def fold(s):
    return "".join(fold_char(c) for c in s).lower()


def digits(s):
    """National-format digits of a phone-like string (+44 / 0044 / (0) handled)."""
    s = s.strip()
    d = re.sub(r"\D", "", s)
    if s.startswith("+44"):
        d = d[2:]
    elif s.startswith("0044"):
        d = d[4:]
    else:
        return d
    return d if d.startswith("0") else "0" + d


PC_RE = re.compile(r"^([A-Z]{1,2})(\d)([A-Z\d]?) ?(\d)([A-Z]{2})$")
PC_SHAPES = [r"^[A-Z]\d \d[A-Z]{2}$", r"^[A-Z]\d\d \d[A-Z]{2}$", r"^[A-Z]\d[A-Z] \d[A-Z]{2}$",
             r"^[A-Z]{2}\d \d[A-Z]{2}$", r"^[A-Z]{2}\d\d \d[A-Z]{2}$", r"^[A-Z]{2}\d[A-Z] \d[A-Z]{2}$"]


def norm_pc(s):
    s = re.sub(r"\s", "", s.upper())
    return s[:-3] + " " + s[-3:] if len(s) > 3 else s


def valid_postcode(s):
    n = norm_pc(s)
    if not any(re.match(p, n) for p in PC_SHAPES):
        return False
    if n[0] in "QVX" or (n[1].isalpha() and n[1] in "IJZ"):
        return False
    if any(c in "CIKMOV" for c in n[-2:]):
        return False
    return True


STREET_TYPES = r"(Street|Road|Lane|Avenue|Close|Drive|Crescent|Terrace|Place|Way|Gardens|Court|Grove|Row|Walk|Rd|St)"
ADDR_RE = re.compile(r"^\d+[a-z]? [A-Z][A-Za-z'’\- ]* " + STREET_TYPES + r"(, [A-Z][A-Za-z\- ]+)?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]
DRAMA = [r"^07700900\d{3}$", r"^01632960\d{3}$", r"^02920180\d{3}$", r"^01314960\d{3}$", r"^01414960\d{3}$",
         r"^01134960\d{3}$", r"^02079460\d{3}$"]


def roster_forms(cfg):
    pup, stf = set(), set()
    for p in cfg["pupils"]:
        for f in [p["first"], p.get("preferred")]:
            if f:
                pup.add(fold(f)); pup.add(fold(f + " " + p["last"]))
    for s in cfg["staff"]:
        stf.add(fold(s["first"])); stf.add(fold(s["first"] + " " + s["last"]))
        for t in TITLES:
            stf.add(fold(t + " " + s["last"])); stf.add(fold(t + ". " + s["last"]))
    return pup, stf


def roster_tokens(cfg):
    toks = set()
    for p in cfg["pupils"] + cfg["staff"]:
        for f in [p["first"], p["last"], p.get("preferred")]:
            if not f:
                continue
            toks.add(fold(f))
            for part in re.split(r"[\s\-]", f):
                if len(part) >= 3:
                    toks.add(fold(part))
    return toks


def school_ident_ok(sch, text):
    f = fold(text)
    names = [sch["name"]] + sch["aliases"] + sch["hashtags"] + sch["handles"]
    if f in {fold(x) for x in names}:
        return True
    for d in sch["domains"]:
        if re.match(r"^(https?://)?(www\.)?" + re.escape(d.lower()) + r"(/\S*)?$", text.lower()):
            return True
    if re.search(r"\d{3}", text) and digits(text) == digits(sch["phone"]):
        return True
    if valid_postcode(text) and norm_pc(text) == norm_pc(sch["postcode"]):
        return True
    num_street = sch["address"].split(",")[0]
    town = sch["address"].split(",", 1)[1].strip()
    alts = {num_street, num_street.replace(" Road", " Rd"), num_street.replace(" Street", " St")}
    for a in alts:
        if text in (a, a + ", " + town):
            return True
    return False


def validate(sid, cfg, pid, text, findings, negatives):
    errs = []
    pup, stf = roster_forms(cfg)
    sch = cfg["school"]
    spans = sorted([(f["start"], f["end"], f["kind"]) for f in findings] +
                   [(n["start"], n["end"], "neg:" + n["type"]) for n in negatives])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append(f"overlap {a} {b}")
    for x in findings + negatives:
        if u16_slice(text, x["start"], x["end"]) != x["text"]:
            errs.append(f"offset mismatch {x}")
        if x["text"] != x["text"].strip() or not x["text"]:
            errs.append(f"untrimmed span {x['text']!r}")
    for f in findings:
        k, t = f["kind"], f["text"]
        ok = True
        if k == "pupil_name":
            ok = fold(t) in pup
        elif k == "staff_name":
            ok = fold(t) in stf
        elif k == "school_identifier":
            ok = school_ident_ok(sch, t)
        elif k == "phone_number":
            d = digits(t)
            ok = any(re.match(p, d) for p in DRAMA) and d != digits(sch["phone"])
        elif k == "email_address":
            ok = bool(EMAIL_RE.match(t)) and not any(t.lower().endswith("@" + d) for d in sch["domains"])
        elif k == "street_address":
            ok = bool(ADDR_RE.match(t)) and not school_ident_ok(sch, t)
        elif k == "postcode":
            ok = valid_postcode(t) and norm_pc(t) != norm_pc(sch["postcode"])
        elif k == "date_of_birth":
            ok = bool(re.search(r"\d", t)) and (bool(re.search(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}-\d\d-\d\d", t))
                                              or any(re.search(r"\b" + m + r"\b", t.lower()) for m in MONTHS))
        if not ok:
            errs.append(f"{k} span does not validate: {t!r}")
    for n in negatives:
        t = n["text"]
        if n["type"] == "not_postcode" and valid_postcode(t):
            errs.append(f"not_postcode negative is a valid full postcode: {t!r}")
        if n["type"] in ("word", "place", "non_roster_name") and fold(t) in pup | stf and n["type"] != "word":
            pass
    return [f"{pid}: {e}" for e in errs]


def check_unlabelled(sid, cfg, pid, text, findings, negatives):
    """List suspicious substrings not inside any labelled span (python-index space)."""
    # map utf-16 spans to python indices
    idx16, acc = [], 0
    for ch in text:
        idx16.append(acc); acc += u16(ch)
    idx16.append(acc)
    to_py = {v: i for i, v in enumerate(idx16)}
    cov = [(to_py[x["start"]], to_py[x["end"]]) for x in findings + negatives]

    def covered(a, b):
        return any(s <= a and b <= e for s, e in cov)

    ftext = "".join(fold_char(c) for c in text).lower()
    assert len(ftext) == len(text)
    out = []
    for tok in sorted(roster_tokens(cfg)):
        for m in re.finditer(r"(?<![\w'])" + re.escape(tok) + r"(?![\w])", ftext):
            if not covered(m.start(), m.end()):
                out.append(("roster", text[m.start():m.end()]))
    sch = cfg["school"]
    for s in [sch["name"]] + sch["aliases"] + sch["hashtags"] + sch["handles"] + sch["domains"]:
        for m in re.finditer(r"(?<![\w@#])" + re.escape(fold(s)) + r"(?![\w])", ftext):
            if not covered(m.start(), m.end()):
                out.append(("school", text[m.start():m.end()]))
    for m in re.finditer(r"[+(]?\d[\d ()./:\-–]*\d|\d", text):
        if len(re.sub(r"\D", "", m.group())) >= 3 and not covered(m.start(), m.end()):
            out.append(("number", m.group()))
    for m in re.finditer(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b", text):
        if not covered(m.start(), m.end()):
            out.append(("postcode-like", m.group()))
    for m in re.finditer(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:uk|com|org|net|wales|scot|pl)\b", text):
        if not covered(m.start(), m.end()):
            out.append(("email/url", m.group()))
    for mo in MONTHS:
        for m in re.finditer(r"\b" + mo + r"\b", ftext):
            if not covered(m.start(), m.end()):
                out.append(("month", text[m.start():m.end()]))
    for m in re.finditer(r"\b(born|dob|d\.o\.b|birth|turns|birthday)\b", ftext):
        out.append(("birth-word", text[m.start():m.end()]))
    return out


def main():
    check = "--check" in sys.argv
    os.makedirs(os.path.join(HERE, "schools"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "posts"), exist_ok=True)
    all_posts, all_gold, errs, report = [], [], [], []
    spans, negs = Counter(), Counter()
    school_summ, clean = [], 0
    for sid, sdef in SCHOOLS.items():
        cfg = sdef["config"]
        with open(os.path.join(HERE, "schools", sid + ".config.json"), "w", encoding="utf-8") as f:
            json.dump(cfg, f, ensure_ascii=False, indent=1)
        rows = []
        seen = set()
        for i, raw in enumerate(POSTS[sid], 1):
            pid = f"{sid.split('-')[0]}-{i:03d}"
            text, fs, ns = parse(raw)
            if text in seen:
                errs.append(f"{pid}: duplicate text")
            seen.add(text)
            errs += validate(sid, cfg, pid, text, fs, ns)
            if check:
                for what, s in check_unlabelled(sid, cfg, pid, text, fs, ns):
                    report.append(f"{pid} [{what}] {s!r}   | {text[:110]!r}")
            post = {"id": pid, "school": sid, "text": text}
            rows.append(post)
            all_gold.append({"id": pid, "school": sid, "findings": fs, "negatives": ns})
            spans.update(x["kind"] for x in fs); negs.update(x["type"] for x in ns)
            clean += not fs
        with open(os.path.join(HERE, "posts", sid + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        all_posts += rows
        school_summ.append({"id": sid, "name": cfg["school"]["name"], "place": sdef["place"],
                            "pupils": len(cfg["pupils"]), "staff": len(cfg["staff"]), "role": cfg["role"]})
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in all_posts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in all_gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    summary = {"generator": "heldout3/make.py (hand-labelled)", "heldout_phrasings": True, "schools": school_summ,
               "posts": len(all_posts), "clean_posts": clean,
               "spans": dict(spans.most_common()), "hard_negatives": dict(negs.most_common()),
               "spans_total": sum(spans.values()), "hard_negatives_total": sum(negs.values())}
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    if check:
        print("\n".join(report) if report else "check: nothing unlabelled")
        print(f"check: {len(report)} items")
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    print(json.dumps({k: summary[k] for k in ("posts", "clean_posts", "spans", "hard_negatives",
                                              "spans_total", "hard_negatives_total")}, ensure_ascii=False))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
