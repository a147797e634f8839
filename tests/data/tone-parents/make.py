#!/usr/bin/env python3
"""Tone evaluation set "tone-parents": 3 invented UK schools, all role "parent", hand-written posts.

  python3 make.py            # writes schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to this file
  python3 make.py --show 20  # also prints 20 random posts with their labels

Schools:
  t00-holmroyd   northern England primary, parents' Facebook group (northern dialect)
  t01-nantywern  Welsh-English bilingual primary, parents' WhatsApp (Welsh/English mix)
  t02-ashcombe   secondary (Years 7-11): class WhatsApp chat plus local-news comment section

Each post is a list of pieces. A labelled piece is exactly one sentence under the rule of
../../../../shared/eval-tone-sample/CONTRACT.md (ends at a run of . ! ?, a line break, or an emoji followed by a
capital letter; closing emoji included): T/H/C are findings (threat, hostile_remark, complaint), PR/OT/SE/RP/RQ/QU
are typed hard negatives (praise, other_target, self, reported, request, quote), P or a bare string is unlabelled.
Pieces are joined with one space; NL inserts a line break. Offsets are UTF-16 code units, half-open.
"""
import argparse, json, os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240611
KINDS = ("threat", "hostile_remark", "complaint")
NEG_TYPES = ("praise", "other_target", "self", "reported", "request", "quote")


def T(s): return (s, "threat", None)
def H(s): return (s, "hostile_remark", None)
def C(s): return (s, "complaint", None)
def PR(s): return (s, None, "praise")
def OT(s): return (s, None, "other_target")
def SE(s): return (s, None, "self")
def RP(s): return (s, None, "reported")
def RQ(s): return (s, None, "request")
def QU(s): return (s, None, "quote")
def P(s): return (s, None, None)
NL = "\n"


def roster(text, title=False):
    out = []
    for line in text.strip().splitlines():
        parts = [x.strip() for x in line.split("|")]
        if title:
            out.append({"first": parts[1], "last": parts[2], "title": parts[0]})
        else:
            d = {"first": parts[0], "last": parts[1]}
            if len(parts) > 2 and parts[2]:
                d["preferred"] = parts[2]
            out.append(d)
    return out


# =============================================================================================================
# (a) Holmroyd Primary School — northern England, parents' Facebook group
# =============================================================================================================
HOLMROYD = {
    "role": "parent",
    "school": {
        "name": "Holmroyd Primary School",
        "aliases": ["Holmroyd Primary", "Holmroyd School", "Holmroyd Juniors"],
        "hashtags": ["#HolmroydPrimary"],
        "handles": ["@HolmroydPri"],
        "domains": ["holmroydprimary.co.uk"],
        "address": "4 Mill Brow, Holmroyd, Pudsey",
        "postcode": "LS28 9QN",
        "phone": "0113 496 0521",
        "headteacher": "Mr Gary Ackroyd",
        "complaints": "https://www.holmroydprimary.co.uk/complaints",
    },
    "pupils": roster("""
Alfie|Stansfield
Macy|Hobson
Kacey|Illingworth
Harvey|Ramsden
Lacey-Mai|Senior
Jaxon|Whiteley
Ruby|Oldroyd
Ayaan|Hussain
Zara|Akhtar
Mason|Hepworth
Isabelle|Holroyd|Izzy
Charlie|Mitchell
Evie-Rose|Bentley
Logan|Wood
Amelia|Shaw
Harry|Fawcett
Freddie|Kershaw
Skye|Barraclough
Olivia|Walsh|Liv
Noah|Stead
Aleena|Mahmood
Kian|Rhodes
Poppy|Tattersall
Darcy|Marsden
Riley|Booth
Maisie|Horsfall
Ibrahim|Khan
Hafsa|Iqbal
Jacob|Lockwood
Leah|Pickles
Oscar|Dobson
Ella|Whiteside
Theo|Gledhill
Lily|Swift
Robert|Coates|Bobby
Aisha|Rafiq
Ethan|Priestley
Grace|Normington
Hollie|Burgess
Reggie|Binns
Sophie|Rushworth
Kyle|Haworth
Layla|Parkin
Dylan|Sykes
Aria|Kaur
Frankie|Moss
Callum|Ogden
Scarlett|Earnshaw
Archie|Bairstow
Tyler|Brook
"""),
    "staff": roster("""
Mr|Gary|Ackroyd
Mrs|Denise|Sutcliffe
Miss|Kayleigh|Broadbent
Mr|Liam|Hirst
Mrs|Joanne|Haigh
Mrs|Beverley|Crowther
Miss|Shannon|Lumb
Mrs|Pauline|Firth
Mr|Imran|Bashir
Mrs|Rachel|Dyson
Miss|Ellie|Greenwood
Mr|Craig|Naylor
""", title=True),
}
# Staff roles as the parents know them: Ackroyd head; Sutcliffe deputy & Year 6; Broadbent Year 2; Hirst Year 5;
# Haigh SENCO; Crowther office; Lumb TA; Firth midday supervisor; Bashir Year 4; Dyson Reception; Greenwood Year 3;
# Naylor PE. Not on the roster: Mrs Oldfield (a supply teacher).

HOLMROYD_POSTS = [
    [RQ("Ey up all, anyone know if it's non-uniform Friday this week or next?")],
    [H("Mrs Sutcliffe is a proper mardy cow, not once has she smiled at our kid in two year."),
     C("And then they wonder why he doesn't want to go in.")],
    [P("Sports day results are up on the board by the office."),
     PR("Bloody brilliant effort from all the Year 4s, proper proud of 'em.")],
    [C("Third time this half term the office has lost our dinner money envelope."),
     C("Nobody ever owns up to owt.")],
    [T("If that lad in 6B lays one more finger on our Macy I'll be sorting him and his dad out meself.")],
    [SE("I'm a right wazzock, sent our kid in with a packed lunch and he's on school dinners today 🙈")],
    [OT("Council still haven't gritted Mill Brow, absolute shambles, nearly went arse over tit on drop off.")],
    [H("Whoever decided to put Mr Hirst in charge of Year 5 wants their head testing."),
     C("Kids have learnt nowt since September.")],
    [RP("Our Ruby came home saying a girl in her class called her fat and she's been crying all tea time."),
     RQ("Has anyone had owt similar and how did you handle it?")],
    [C("Great communication as usual from Holmroyd, found out about the trip from another mum at the gate.")],
    [H("Dinner ladies are a bunch of jumped-up jobsworths."),
     C("Our Alfie got a telling off for eating his pudding before his sandwich, I mean honestly, who cares?")],
    [T("Mrs Crowther on the front desk wants to watch herself, that's all I'm saying."),
     P("Not in the mood today.")],
    [PR("Mr Bashir is an absolute legend, our Ayaan has come on leaps and bounds with his times tables.")],
    [H("That SENCO is neither use nor ornament."),
     C("Two year we've been waiting for an assessment and she's done nowt.")],
    [OT("Tesco on the ring road had no school shirts in age 7-8 again, useless.")],
    [P("Reminder it's parents evening Thursday."),
     RQ("Could someone post the booking link again please, I've lost it.")],
    [H("Kacey's mum wants to mind her own business, gobby cow, she's been slagging every teacher in the place off at the gate.")],
    [T("Swear down if I see that dinner lady at pick up I'll be having words she won't forget in a hurry.")],
    [QU("Our Darcy's been belting out \"Revolting Children\" from Matilda all weekend, send help 😂")],
    [C("Why is it always our class that gets the supply teacher?"),
     C("Year 3 have had four different teachers since Easter and nobody at school has bothered explaining.")],
    [P("Christmas fair raised £1,240!"), PR("Cracking job PTA, you lot are amazing.")],
    [H("Mr Ackroyd is a gobshite, simple as."), P("Don't @ me.")],
    [SE("Proper nesh me, stood at the gate in two coats while the Year 6 lot are in t-shirts.")],
    [P("School's shut again cos the boiler's gone."),
     C("That's the third time this winter, when are they actually going to fix it?")],
    [RP("Alfie said a lad in Year 6 keeps taking his ball at dinner."),
     RQ("Do I speak to Miss Broadbent or go straight to the office, what would you do?")],
    [T("I've screenshotted every email Mrs Haigh has sent me and if nowt changes by Friday they're all going on here for everyone to read.")],
    [H("Mrs Dyson's a nasty piece of work, she made a four year old cry for spilling his milk.")],
    [OT("That ref at the under 9s on Saturday was a proper wazzock, gave a pen for nowt.")],
    [RQ("Anyone walking up from Tinsley Road tomorrow?"),
     P("Our kid's got a broken wrist so I could do with a hand with the bags.")],
    [C("Absolutely fuming with how school dealt with the fight on the field."),
     C("Not one phone call, I had to hear it off our Harvey.")],
    [H("The head's been fiddling the trip money for years, everyone knows it.")],
    [H("That Jaxon couldn't even read his one line in assembly, thick as mince, can't spell his own name at ten.")],
    [PR("Sick assembly today, Year 6 smashed it 🔥"), PR("Mrs Sutcliffe must have the patience of a saint.")],
    [P("Heads up that Ashfield Road's closed for water works so leave early."),
     OT("Yorkshire Water are a bunch of clowns.")],
    [C("Seriously, who at school thought a 2.30 finish on a Wednesday with no after school club was a good idea?"),
     C("Some of us work.")],
    [T("Wait til I see Miss Lumb at pick up, she knows what she did.")],
    [RQ("Does anyone have a spare book bag they don't need?"),
     SE("Our kid's managed to lose his second one, I despair, I'm obviously doing summat wrong.")],
    [H("Honestly these teachers are a waste of space, sat on their backsides all summer while we do the childcare.")],
    [C("They took our Evie-Rose's school photo with her jumper on inside out and nobody in class thought to sort her out first.")],
    [H("F***ing joke of a school."), C("Rang three times about the bullying and not one call back.")],
    [QU("\"Please sir, I want some more\" says our Oscar at every meal since the Oliver Twist rehearsal 😂")],
    [OT("British Gas have cut us off by mistake again, bunch of useless b*stards.")],
    [C("Mrs Firth on dinners is letting the kids out without coats in the freezing cold and then everyone wonders why half the class is off poorly.")],
    [T("If the governors won't do owt about Ackroyd I'll make sure every paper in Yorkshire hears about it.")],
    [PR("Our Mason loves Mr Naylor, he says PE is proper mint now.")],
    [P("Just seen that Miss Greenwood's leaving at Easter."), PR("Gutted, she were lovely with our Skye.")],
    [C("Homework's gone missing off the website again, what's the point of having a website if nobody updates it?")],
    [H("Miss Broadbent looks about twelve, no wonder she can't control them.")],
    [RP("Our kid says Mr Hirst shouted at the whole class today and called them lazy."),
     RQ("Is that normal in Year 5 or should I mention it?")],
    [SE("Forgot it were World Book Day AGAIN."), SE("Mother of the year over here 🙃")],
    [C("Twenty minutes stood in the rain at pick up because Year 4 came out late again."),
     C("Nobody said why.")],
    [H("Them TAs just stand about gossiping in the playground, lazy sods.")],
    [P("Lovely sunny day for sports day at last."),
     OT("Mind, the forecast for the weekend's shocking, rain rain rain.")],
    [T("That Jaxon's dad wants to think on before he opens his gob at the gate again, I'll not be held responsible.")],
    [C("Why has nobody from the school told us about the nits going round Year 1?"),
     SE("I only found out when I were scratching me own head 😂")],
    [RQ("Could whoever took our Reggie's blue coat by mistake pop it back to the office please?"),
     P("Name's in the collar.")],
    [H("The Year 6 girls who do playground buddies are a bunch of stuck up little madams, our Lily gets no chance.")],
    [PR("Shout out to the dinner ladies, they sorted our Aisha a gluten free pudding without us even asking 💕")],
    [C("I've asked the office four times for a copy of the SEN plan and I'm still waiting."),
     C("Not good enough.")],
    [OT("Bin men have left half the bins on the estate again."), P("Anyway, anyone coming to the disco Friday?")],
    [H("Ackroyd's a spineless wazzock who'd rather hide in his office than deal with owt.")],
    [T("Somebody wants to let Hirst's tyres down, see how he likes being made to wait.")],
    [QU("Car karaoke this morning was \"School's Out\" at full blast, Alice Cooper would be proud.")],
    [C("Mrs Haigh promised us a meeting in September and it's now March."), H("Useless woman.")],
    [C("Paying £4 a day for breakfast club and they're giving them dry toast and squash, it's a rip off.")],
    [RP("Our Logan came home saying the big lads told him Mr Ackroyd is going to jail."),
     RQ("Where are they even getting this from, has anyone heard owt?")],
    [H("That new receptionist has a face like a slapped arse every single morning.")],
    [PR("Nativity was bloody brilliant, I cried me eyes out."), PR("Reception were adorable.")],
    [SE("Me and our kid both fell asleep doing his spellings, we're a right pair of wazzocks.")],
    [T("Keep pushing me, Holmroyd, and I'll be outside that gate every morning with a placard and a camera.")],
    [C("The school's anti bullying policy int worth the paper it's written on.")],
    [H("Kayleigh Broadbent is a stuck up cow and always has been, I went to school with her.")],
    [OT("Parking on Mill Brow at drop off is a nightmare and the council couldn't care less.")],
    [C("Been mithering the office every week about our kid's inhaler and they still let it run out at school.")],
    [P("Loving the Year 1 poetry in the newsletter."),
     PR("Our Hollie's poem about the moon is the best thing I've read all year.")],
    [H("Whoever runs the school Facebook page can't spell to save their life, embarrassing for a primary school.")],
    [RP("My daughter says she gets left out at playtime by the same three girls every day."),
     RQ("Would you go to her teacher or wait and see?")],
    [C("That supply teacher in Year 4 spoke to our Noah like dirt today."), T("I know where he parks.")],
    [OT("Northern Rail cancelled the 8.12 again so we were late in, proper fuming.")],
    [SE("I'm such a mardy mare in the mornings, our kid's terrified of me before 8am 😂")],
    [C("Disgusted that the governors still haven't replied to my letter about the SEN cuts.")],
    [H("That Kyle in Year 6 is a feral little gobshite and everyone at school knows it.")],
    [PR("Mrs Rachel Dyson's reception class is proper mint, best start our Reggie could've had.")],
    [H("Mrs Oldfield, the supply in Year 3, is clueless."),
     C("She didn't even know the kids' names by Friday and nobody from the office checked in.")],
    [P("Ey up, summat's going on with the school gate code, it wouldn't let me in."),
     RQ("Has anyone got the new one?")],
    [PR("Big thanks to Mrs Crowther for chasing the bus company for us, she's a proper gem.")],
    [P("Our kid's first day in Year 1 tomorrow, can't believe how fast it goes."),
     SE("I'll be the one sobbing at the gate, ignore me.")],
    [C("Sorry but it's not right that Year 6 SATs revision club costs £30 when it's the school's job to teach them."),
     NL, P("Rant over x")],
    [OT("Whoever parks their Range Rover across the dropped kerb on Tinsley Road is a selfish gobshite."),
     P("Not a parent I don't think, it's there all day.")],
    [RQ("Do the Year 4s need wellies for forest school this week or is it cancelled?")],
    [H("Honestly the school dinners are sh*te and the cook couldn't care less."),
     P("Our Bobby's on packed lunches from Monday.")],
    [P("Another note in the reading record from Mr Hirst moaning about our Kian's handwriting."),
     H("Pompous little man, he wants to look at his own.")],
]


# =============================================================================================================
# (b) Ysgol Gynradd Gymraeg Nant y Wern — Welsh-English bilingual primary, parents' WhatsApp
# =============================================================================================================
NANTYWERN = {
    "role": "parent",
    "school": {
        "name": "Ysgol Gynradd Gymraeg Nant y Wern",
        "aliases": ["Ysgol Nant y Wern", "YGG Nant y Wern", "Nant y Wern Primary"],
        "hashtags": ["#YsgolNantyWern"],
        "handles": ["@YGGNantyWern"],
        "domains": ["ysgolnantywern.co.uk"],
        "address": "7 Heol y Felin, Nant y Wern, Caerphilly",
        "postcode": "CF83 4WN",
        "phone": "029 2018 0734",
        "headteacher": "Mr Gareth Prosser",
        "complaints": "https://www.ysgolnantywern.co.uk/cwynion",
    },
    "pupils": roster("""
Osian|Griffiths
Cerys|Williams
Gruffydd|Jones|Gruff
Elin|Davies
Tomos|Rees
Mali|Parry
Iestyn|Roberts
Seren|Howells
Macsen|Lewis
Alaw|Watkins
Cai|Phillips
Efa|Harries
Dafydd|Owen|Deio
Lois|Powell
Ifan|Hopkins
Nel|Edwards
Steffan|Bevan
Erin|Matthews
Harri|Morris
Megan|James
Jac|Beynon
Gwenllian|Pritchard|Gwen
Llew|Jenkins
Anest|Thomas
Rhys|Llywelyn
Caio|Evans
Ela|Rowlands
Twm|Harris
Sioned|Lloyd
Jayden|Coleman
Ava|Richards
Mason|Hale
Amira|Saleh
Liam|Walsh
Ruby|Kent
Nansi|Morgan
Tirion|Davies
Cadi|Hughes
Guto|Roberts
Leusa|Prys
Noah|Stephens
Olivia|Webb
Hanna|Bowen
Morgan|Pugh
Teilo|Jones
Elis|Gwilym
Mabli|Price
Sara|Ashraf
Ianto|Vaughan
Hafwen|Ellis
"""),
    "staff": roster("""
Mr|Gareth|Prosser
Mrs|Siân|Rowlands
Miss|Ffion|Hughes
Mr|Dafydd|Pugh
Mrs|Eirlys|Morgan
Mrs|Bethan|Lloyd
Miss|Nia|Vaughan
Mrs|Carys|Bowen
Mr|Rhodri|Price
Mrs|Menna|Jenkins
Miss|Lowri|Evans
Mr|Huw|Thomas
""", title=True),
}
# Prosser prifathro (head); Rowlands Blwyddyn 6; Hughes Derbyn (Reception); Pugh Blwyddyn 4; Morgan ALNCo (SENCO);
# Lloyd office; Vaughan cymhorthydd (TA); Bowen Blwyddyn 2; Price Blwyddyn 5; Jenkins cinio (dinners); Evans
# Blwyddyn 3; Thomas gofalwr (caretaker). Not on the roster: Mrs Pritchard (after-school club).

NANTYWERN_POSTS = [
    [RQ("Bore da pawb, does anyone know if it's gwisg ysgol or PE kit tomorrow plis?")],
    [PR("Chwarae teg to Mrs Rowlands, she stayed till half five with Osian sorting his project.")],
    [H("Mae'r prifathro yn hollol twp, honestly."), P("Don't even get me started.")],
    [C("Diolch for nothing ysgol, three days notice for a £25 trip.")],
    [T("If Mr Pugh talks to Cerys like that again I'll be down that school and he won't know what's hit him.")],
    [SE("Duw duw, I'm so twp, sent Mali in with odd shoes 🙈")],
    [OT("Traffic on the A469 is cachu this morning, been sat here 20 mins.")],
    [H("The athrawes in Blwyddyn 2 is a miserable old bat, I'm sorry but she is.")],
    [C("Why do the letters only ever come home in Welsh?"),
     C("Half of us can't read them and the office just shrugs.")],
    [QU("Iestyn keeps quoting Horrid Henry at me, \"Out of my way, worm\", every time I ask him to tidy up.")],
    [P("Reminder: Santes Dwynwen disco Friday 5-6pm in the neuadd.")],
    [C("Mrs Lloyd in the office has now 'lost' our dinner money form twice."),
     H("Either she's useless or she's doing it on purpose.")],
    [RP("Seren says a boy in Blwyddyn 4 keeps calling her names on the yard."),
     RQ("Any ideas who I should speak to, the athrawes or Mr Prosser?")],
    [T("Tell Mr Prosser I've got all the screenshots and WalesOnline would love them.")],
    [PR("Nadolig concert was tidy, diolch to all the staff, absolutely cracking.")],
    [H("Honestly the governors are a bunch of cachu-for-brains yes-men who do whatever Prosser tells them.")],
    [C("I know they're busy, chwarae teg, but not one text to say the yard was closed and we all stood in the rain.")],
    [SE("Iawn, I'm officially the worst mam, forgot Mabolgampau was today 🤦‍♀️")],
    [OT("The council's new bin rules are a joke, three weeks for the black bin?!")],
    [H("Gareth Prosser couldn't run a bath never mind a school.")],
    [C("Still no reply from the ALNCo after six weeks."),
     C("How is Osian meant to get any support when no one answers emails?")],
    [RQ("Could somebody share the Seesaw code for Dosbarth Derwen plis, I've changed phones.")],
    [T("She wants to watch herself, that dinner lady, shouting at Macsen like that in front of everyone.")],
    [PR("Miss Hughes is a star ⭐"), P("Ifan loves Derbyn.")],
    [C("Pam bod nhw wastad yn canslo clwb ar ôl ysgol on the day?"), C("Some of us have jobs to get to, like.")],
    [H("Cachu school with cachu leadership, simple.")],
    [QU("\"We don't need no education\" blasting in the car this morning, Steffan thinks he's hilarious.")],
    [RP("Lois came home upset, says Miss Vaughan told her she'd lose golden time."),
     RQ("Does anyone know what the golden time rules are in Bl 3?")],
    [C("Rhodri Price sets homework on a Friday and expects it back Monday, it's too much for ten year olds.")],
    [P("Diolch to whoever handed in Harri's coat!")],
    [OT("Cardiff ref last night was twp as a brush, how was that not a pen?!")],
    [H("That Jac in Bl 6 is a spoilt little brat and his mam thinks the sun shines out of him.")],
    [C("Great, another INSET day on a Monday."), C("Thanks for the two weeks notice ysgol, really helpful.")],
    [T("Someone should tell Mrs Morgan that if she blocks Tomos's assessment again every parent on this chat gets the full story, names and all.")],
    [PR("Duw duw, the Bl 6 leavers' assembly was something else, ffantastig.")],
    [SE("I'm so twp, paid for the trip twice on ParentPay 🤦")],
    [H("Mr Pugh is a lazy so-and-so who just sticks a film on every Friday afternoon.")],
    [RQ("Is anybody able to give Alaw a lift back from Urdd practice Thursday?"), P("Diolch o galon x")],
    [C("The headteacher said he'd look into it three weeks ago and nothing, as per.")],
    [OT("Asda in Caerphilly had no white polo shirts age 6-7 again, shambles.")],
    [T("Wait til I see Mrs Bowen at the gate tomorrow, she won't be so smug then.")],
    [H("The athrawes in Bl 3 is a proper snob, looks down her nose at anyone who doesn't speak Welsh at home.")],
    [C("Why do the non-Welsh-speaking parents always get forgotten?"),
     C("Every newsletter, every app message, Cymraeg first and the English half a day later if at all.")],
    [PR("Mr Thomas the gofalwr is the best, fixed the gate in ten minutes.")],
    [QU("Cai asked me what \"twp as a brush\" means after hearing it on Pobol y Cwm 😂")],
    [RP("Mali says someone in her class keeps taking her snack."), RQ("Who's best to speak to, plis?")],
    [H("The PTA are a clique of stuck-up mams who only look after their own.")],
    [C("Been told by Mrs Rowlands that Elin is 'fine' but her reading age is two years behind."),
     C("Fine my backside.")],
    [T("Prosser needs to remember I know his wife and I've got plenty to tell her.")],
    [OT("Wet play AGAIN, this Welsh weather is cachu.")],
    [SE("Duw, I'm hopeless, forgot the costume AND the harp money.")],
    [C("Twenty five kids sent home with nits letters and still no whole school check, it's ridiculous.")],
    [H("Miss Vaughan is thick as pig sh*t, can't even spell 'necessary' on the board.")],
    [PR("Diolch Mrs Morgan, the new support plan for Tomos is amazing, he's a different boy.")],
    [RQ("Could the ysgol send the Urdd form in English too please?")],
    [P("Right, I've had enough."),
     T("I'll be telling every parent in Caerphilly exactly what goes on in that place, see how their numbers look then.")],
    [C("Mabolgampau cancelled for 'rain' when it was bone dry all afternoon, so who made that call?")],
    [QU("Seren's line in the concert: \"Ych a fi, what a horrible mess\"."), PR("She absolutely nailed it.")],
    [H("The dinner ladies are ignorant, they shout at the little ones like they're dogs.")],
    [C("Third time this term the school's lost Deio's reading book and then charged us for a new one.")],
    [OT("Arriva driver this morning was so rude to the kids, honestly.")],
    [T("Mr Price had better keep his hands off my son's phone or he'll regret it.")],
    [SE("Fi yw'r fam fwya twp yn y byd, forgot it was Diwrnod Shwmae and sent her in uniform.")],
    [H("Honestly the prifathro couldn't organise a p*ss up in a brewery.")],
    [C("Nobody in the office answers the phone between half eight and nine, what's the point of having one?")],
    [PR("Sick show by Bl 5 today, proper talented bunch, chwarae teg.")],
    [RP("Tomos says Mr Pugh told him he's 'lazy' in front of the class."),
     RQ("Should I email or wait for parents evening?")],
    [C("The new uniform supplier wants £14 for a jumper and ysgol made it compulsory, no consultation at all.")],
    [H("That Mrs Bowen is a two-faced cow, sweet as pie at parents evening then slags the kids off in the staffroom.")],
    [P("Iawn, ta for the heads up x")],
    [T("One more detention for nothing and I'm posting the whole email chain on the community page for everyone to see.")],
    [OT("The Senedd's 20mph is doing my head in on the school run.")],
    [C("Literally every week there's a different excuse for why Nel hasn't had her speech therapy sessions.")],
    [QU("Favourite bedtime book in our house at the moment is \"The Bad-Tempered Ladybird\", very on brand.")],
    [H("Mrs Jenkins on dinners is a bully, plain and simple.")],
    [RQ("Could the ALNCo let us know the date of the next coffee morning please?")],
    [C("Dosbarth Derwen had three supply teachers this week and we weren't told once."),
     H("Shambles of a school.")],
    [PR("Mrs Lloyd in the office is an angel, sorted the lost lunch in two minutes.")],
    [SE("Duw duw, that was me shouting in the car park, sorry, I'm a nightmare before coffee.")],
    [P("Gwersi nofio start on the 12th, don't forget towels.")],
    [C("Mr Prosser promised the yard would be resurfaced before September and Macsen's just come home with his knees in bits again.")],
    [T("If the school won't sort that Bl 6 boy out then me and my husband will be having a little word with him ourselves in the car park.")],
    [P("Anyone fancy a panad after drop off?")],
    [P("Another letter home from Mr Pugh about 'low effort'."),
     H("He's about as much use as a chocolate teapot, that man.")],
    [C("Mrs Pritchard who runs the after-school club keeps closing early and still charges us the full session.")],
    [PR("Diolch yn fawr to the cymhorthydd in Derbyn, she's been amazing with Cadi settling in 💛")],
    [RQ("Plis can someone remind me what time the bws leaves for the Urdd trip?"),
     SE("My brain is cachu this week.")],
    [OT("The Caerphilly bypass roadworks are a disgrace, forty minutes to do two miles."),
     C("And of course the school still marked Gwen late.")],
    [H("The new Bl 1 athrawes is about as bright as a power cut, Cadi knows more Welsh than she does.")],
    [H("Mr Prosser is a liar, he told us to our faces the cuts wouldn't touch the TAs."),
     P("Three of them gone by Christmas.")],
]


# =============================================================================================================
# (c) Ashcombe Vale Academy — secondary, Year 8 parents' WhatsApp plus comments under a local-news article
# =============================================================================================================
ASHCOMBE = {
    "role": "parent",
    "school": {
        "name": "Ashcombe Vale Academy",
        "aliases": ["Ashcombe Vale", "Ashcombe Academy", "Ashcombe Vale High"],
        "hashtags": ["#AshcombeVale"],
        "handles": ["@AshcombeValeAcad"],
        "domains": ["ashcombevale.org.uk"],
        "address": "1 Moss Lane, Ashcombe, Altrincham",
        "postcode": "WA15 8RX",
        "phone": "0161 496 0880",
        "headteacher": "Mrs Karen Whitlock",
        "complaints": "https://www.ashcombevale.org.uk/policies/complaints",
    },
    "pupils": roster("""
Isaac|Doyle
Megan|Hollis
Zain|Chaudhry
Kieran|Walsh
Leo|Brennan
Ella|Moran
Lily|Sutton
Jake|Ormerod
Joshua|Kenyon|Josh
Brandon|Kirby
Aimee|Cross
Tyler|Beswick
Chloe|Naylor
Ryan|Flanagan
Jessica|Leigh|Jess
Oliver|Grundy|Ollie
Amelia|Booth
Mohammed|Ashraf
Nathan|Fogarty
Caitlin|Murphy
Daniel|Okoro
Ruby|Hewitt
Ethan|Marsh
Maya|Patel
Connor|Riley
Holly|Bancroft
Ben|Clegg
Sophie|Dunne
Harvey|Lowe
Niamh|Costello
Lewis|Barker
Amber|Jagger
Reece|Hodgson
Zara|Khan
Owen|Tierney
Freya|Lomax
Callum|Pearce
Evie|Sharples
Adam|Nowak
Grace|Latham
Liam|Hurst
Mia|Denton
Aaron|Mellor
Layla|Byrne
Tom|Haslam
Ellie|Wray
Samir|Haddad
Katie|Rigby
Jamie|Proctor
Abigail|Gaskell|Abbie
"""),
    "staff": roster("""
Mrs|Karen|Whitlock
Mr|Steve|Garside
Mr|Paul|Egan
Ms|Lauren|Frost
Mr|Tariq|Aziz
Miss|Hannah|Kowalczyk
Mrs|Julie|Tennant
Mr|Dean|Shaw
Mrs|Gillian|Roper
Mr|Owen|Daly
Ms|Priya|Mistry
Mrs|Sandra|Platt
""", title=True),
}
# Whitlock head; Garside deputy (behaviour); Egan Head of Year 9; Frost English; Aziz maths; Kowalczyk science;
# Tennant SENCO; Shaw PE; Roper attendance officer; Daly Head of Year 7; Mistry Head of Year 11; Platt reception.
# Not on the roster: Mrs Barlow (music). The trust runs the school. "MEN" = the local paper.

ASHCOMBE_POSTS = [
    # ---- Year 8 parents' WhatsApp --------------------------------------------------------------------------
    [P("Anyone else's kid get a detention for having the wrong colour socks?"),
     C("Absolute joke, the behaviour policy at Ashcombe is beyond petty.")],
    [H("Mr Garside is a power-tripping little man who gets off on putting kids in isolation.")],
    [T("If Garside puts my daughter in isolation one more time I'll be waiting for him in the car park.")],
    [PR("Ms Frost is unreal, my lad actually reads books now 📚")],
    [RQ("Does anyone know what time the Year 9 options evening finishes?")],
    [OT("Metrolink down again so my lad was 40 mins late, TfGM are useless.")],
    [SE("I'm the worst, forgot to sign the planner AGAIN 🙃")],
    [RP("My son says some Year 10s took his phone off him at the bus stop and he's scared to go in tomorrow."),
     RQ("Who do I contact, his head of year or the police?")],
    [H("That Tennant woman is a complete waste of oxygen, SENCO my arse.")],
    [T("I've got recordings of that meeting with Mrs Whitlock and if she carries on denying it they're going straight to the Manchester Evening News.")],
    [C("Still no homework set on Satchel for science, three weeks now.")],
    [H("Mr Aziz can't teach, end of."), P("Ask any kid in set 3.")],
    [QU("Our Megan's been rehearsing her line \"Get out of my house before I kill you\" for the Year 9 play all week, the neighbours must think we're mad.")],
    [C("Mrs Roper from attendance rang me AGAIN about a hospital appointment I'd already sent the letter in for."),
     C("Does anyone in that building talk to each other?")],
    [PR("Massive shout out to Mr Shaw, the Year 8 football lads had a sick season ⚽")],
    [RP("Lad in my son's form keeps sending him nasty messages on Snapchat."),
     RQ("Has anyone had any luck getting school involved with stuff that happens outside school?")],
    [T("That kid who's been bullying Isaac had better watch his back.")],
    [C("Why did nobody tell us the Year 8 trip was cancelled until the morning of?")],
    [H("Owen Daly is out of his depth, a PE teacher playing at being head of year.")],
    [SE("I'm hopeless at maths so don't ask me to help with the homework, I'd fail Year 7 again 😂")],
    [C("My daughter has had a supply teacher for maths since October."),
     C("Apparently that's 'acceptable' according to the office.")],
    [T("Carry on ignoring my emails, Whitlock, and see what happens.")],
    [PR("Prom was bloody brilliant, the staff went all out.")],
    [OT("Just had a parking ticket outside school from those vultures at Trafford Council.")],
    [H("Miss Kowalczyk is a stuck-up cow, talks to parents like we're something on her shoe.")],
    [QU("Bart Simpson had it right: \"I didn't do it, nobody saw me do it, you can't prove anything\"."),
     P("Exactly what my son said about the broken window.")],
    [RQ("Could someone post the uniform shop opening times please?")],
    [H("The Year 10 lot who hang about outside Greggs after school are a bunch of little scrotes.")],
    [C("The detention system is a farce."),
     C("Forty-minute detention because the bus was late, which the school knows full well about.")],
    [T("If that girl in 8R touches my daughter's hair again I swear down I'll go up there myself.")],
    [PR("Mr Egan rang me personally to say how well Zain's doing, what a legend.")],
    [SE("Me trying to understand the new GCSE grades like 🤡")],
    [C("Still nobody from school has done anything about the broken window in the science block and the kids are sat in coats.")],
    [RP("Our Ella says a teacher called her a liar in front of the class."),
     RQ("How would you approach it without making it worse for her?")],
    [H("What a f***ing shambles of a school, honestly.")],
    [P("Well done to everyone who did the Duke of Edinburgh walk this weekend.")],
    [OT("Greggs on the corner has put the sausage rolls up to £1.40, daylight robbery.")],
    [C("Mrs Platt on reception put the phone down on me."), H("Rude, rude woman.")],
    [T("Someone needs to slash Garside's tyres, see how he likes a detention.")],
    [C("They've changed the PE kit for the third year running, at £60 a pop."), C("Thanks for that, Ashcombe.")],
    [H("The new lad in 9T is a nasty little toe-rag and his mum's no better.")],
    [PR("Ms Mistry is a total legend, she got Kieran through his mocks when nobody else could.")],
    [C("Sent three emails to the head of Year 9 about the friendship group stuff and still nothing.")],
    [T("I'll make sure that SENCO never works in a school again.")],
    [SE("Slept through the alarm, kids late, I'm a disaster today.")],
    [H("Aziz is a creep, always staring at the girls.")],
    [C("Got a text at 3.10 saying after-school detention, no explanation, and I had to sort childcare in 20 minutes.")],
    [RP("Lily says Mr Aziz is always shouting."),
     RQ("Does anyone know if he's like that with all the classes or just hers?")],
    [H("Honestly the trust are a bunch of greedy b*stards bleeding the school dry.")],
    [OT("Ref in the Sunday league absolutely ruined it for the kids, blind as a bat.")],
    [C("Why is the canteen charging £3.20 for a panini when half the time they've run out by second sitting?")],
    [T("Keep pushing, Mr Egan, I've got friends at the paper who'd love to hear how you really run Year 9.")],
    [RQ("Lost: black Nike bag on the 263 bus with Jake's PE kit in, please message if found.")],
    [H("Those canteen ladies are a bunch of miserable old trouts.")],
    [C("The school has lost control of Year 10, every week there's another fight on TikTok and nobody does anything.")],
    [PR("Honestly Mrs Tennant has been a godsend with Leo's EHCP.")],
    [SE("Why do I always volunteer to bake for the fair, I'm a terrible baker 🤦‍♀️")],
    [T("Mrs Roper wants to be careful who she's threatening with fines, I know a few things about her.")],
    [C("Every year it's the same story with the options process, forms lost, no one knows what's happening.")],
    [QU("My son's Macbeth essay opened with \"Is this a dagger which I see before me\", proud moment.")],
    [H("Mr Shaw's a meathead who only cares about the footy lads.")],
    [OT("Honestly Virgin Media are the worst, wifi down during coursework week.")],
    [H("That Brandon in Year 7 honestly stinks, does his mum not own a washing machine?")],
    [PR("The carol concert was sick, goosebumps the whole way through.")],
    [C("Asked for a meeting with the head about the exclusion and got fobbed off with a deputy.")],
    [SE("I'm so dumb, bought the wrong calculator twice.")],
    [T("Tell Dean Shaw he'll be hearing from me and my brothers after what he said to our Josh.")],
    [P("School's closed Monday for the polling station."), RQ("Anyone know if the buses are still running?")],
    [H("Mrs Whitlock's a joke."), C("Three years of empty promises about the new sports hall.")],
    [RP("Daughter's mate told her a group of Year 9s are planning to 'jump' someone after school tomorrow."),
     RQ("Should I tell the school or is it just kids talking?")],
    [C("Mrs Barlow has cancelled music lessons again without telling anyone, that's the fourth time since Christmas.")],
    [P("Year 8 reports out Friday apparently."), SE("Bracing myself, I was rubbish at school too so I can't exactly talk.")],
    # ---- comments under the local-news story on the academy's Ofsted report -------------------------------------
    [H("Ashcombe Vale has been a sh*thole since the trust took over.")],
    [C("Requires Improvement is generous."),
     C("They've had three heads in five years and the kids are the ones paying for it.")],
    [H("The head is creaming off a six figure salary while the kids sit in portakabins, disgusting.")],
    [OT("The council sold off the playing fields in 2009, that's who you should be angry at.")],
    [H("Kids in Year 11 at that school are feral and the staff have completely lost control.")],
    [C("As a former parent I'm not surprised, they never once returned a phone call about my son being bullied.")],
    [H("Whitlock is a liar and the governors are covering for her.")],
    [OT("Typical MEN story, all doom and gloom, never any good news.")],
    [QU("\"Education, education, education\", remember that?"), OT("Politicians haven't a clue.")],
    [PR("Ashcombe's Year 11 results were mint this year, well done everyone.")],
    [H("Staff there couldn't care less, they're only in it for the holidays.")],
    [C("Ashcombe Vale ignored every warning sign with my daughter and only acted when we went to the governors.")],
    [C("Honestly disgusted with how Ashcombe handled the sexting thing, parents were told nothing and the kids knew everything.")],
    [P("My grandson has just started there in Year 7."),
     PR("The form tutor has been fantastic so far, can't fault them.")],
    [P("Former pupil here, left in 2015."),
     H("The place was a zoo then and by the sound of it nothing's changed.")],
    [T("Parents should be turning up at the gates en masse and making that head's life a misery until she goes.")],
    [RP("My neighbour's daughter says the toilets are locked during lessons."),
     RQ("Does anyone know if that's actually policy?")],
]


SCHOOLS = [
    ({"id": "t00-holmroyd", "place": "Holmroyd", "config": HOLMROYD}, HOLMROYD_POSTS),
    ({"id": "t01-nantywern", "place": "Nant y Wern", "config": NANTYWERN}, NANTYWERN_POSTS),
    ({"id": "t02-ashcombe", "place": "Ashcombe", "config": ASHCOMBE}, ASHCOMBE_POSTS),
]


# ---- sentence rule (CONTRACT.md "Spans") -----------------------------------------------------------------------
CLOSERS = "\"'\u201d\u2019)]"


def is_emoji(c):
    o = ord(c)
    return (0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF or 0x231A <= o <= 0x23FF
            or o in (0x200D, 0xFE0F, 0x20E3) or 0xE0020 <= o <= 0xE007F)


def sentences(text):
    """(start, end) character indexes of each sentence, trimmed to first..last non-space character."""
    out, n, i, start = [], len(text), 0, 0

    def add(a, b):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))

    while i < n:
        ch = text[i]
        if ch == "\n":
            add(start, i); i += 1; start = i; continue
        if ch in ".!?":
            j = i
            while j < n and text[j] in ".!?":
                j += 1
            k = j
            while k < n and text[k] in CLOSERS:
                k += 1
            if k == n or text[k].isspace() or is_emoji(text[k]):
                p = k
                while p < n and text[p] == " ":
                    p += 1
                if p < n and is_emoji(text[p]):
                    while p < n and (is_emoji(text[p]) or (text[p] == " " and p + 1 < n and is_emoji(text[p + 1]))):
                        p += 1
                    k = p
                add(start, k); start = i = k; continue
            i = j; continue
        if is_emoji(ch):
            j = i
            while j < n and is_emoji(text[j]):
                j += 1
            p = j
            while p < n and text[p] in " \t":
                p += 1
            if p < n and text[p].isupper():
                add(start, j); start = i = j; continue
            i = j; continue
        i += 1
    add(start, n)
    return out


def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def u16_slice(text, a, b):
    return text.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le")


def build(pieces, where):
    text, labelled, fresh = "", [], True
    for p in pieces:
        if isinstance(p, str):
            p = (p, None, None)
        s, kind, neg = p
        if s.strip() == "":
            text += s; fresh = True; continue
        assert s == s.strip(), f"{where}: outer spaces in {s!r}"
        if not fresh:
            text += " "
        a = len(text); text += s; fresh = False
        if kind or neg:
            labelled.append((a, len(text), kind, neg))
    sents = set(sentences(text))
    findings, negatives = [], []
    for a, b, kind, neg in labelled:
        assert (a, b) in sents, f"{where}: not one sentence: {text[a:b]!r}; sentences: " + \
            repr([text[x:y] for x, y in sorted(sents)])
        s16, e16 = u16(text, a), u16(text, b)
        assert u16_slice(text, s16, e16) == text[a:b]
        if kind:
            assert kind in KINDS
            findings.append({"kind": kind, "start": s16, "end": e16, "text": text[a:b]})
        else:
            assert neg in NEG_TYPES
            negatives.append({"type": neg, "start": s16, "end": e16, "text": text[a:b]})
    assert 5 <= len(text) <= 400, f"{where}: length {len(text)}"
    return text, findings, negatives


def stats(gold):
    spans = Counter({k: 0 for k in KINDS}); negs = Counter({t: 0 for t in NEG_TYPES})
    with_kind = Counter({k: 0 for k in KINDS}); clean = clean_neg = two = 0
    for g in gold:
        ks = {x["kind"] for x in g["findings"]}
        for x in g["findings"]:
            spans[x["kind"]] += 1
        for x in g["negatives"]:
            negs[x["type"]] += 1
        for k in ks:
            with_kind[k] += 1
        two += len(ks) >= 2
        if not g["findings"]:
            clean += 1; clean_neg += bool(g["negatives"])
    return {"posts": len(gold), "clean_posts": clean, "clean_posts_with_hard_negative": clean_neg,
            "posts_with_two_kinds": two, "spans": dict(spans), "posts_with_kind": dict(with_kind),
            "hard_negatives": dict(negs)}


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    os.makedirs(os.path.join(HERE, "schools"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "posts"), exist_ok=True)
    rng = random.Random(SEED)
    all_posts, all_gold, seen = [], [], set()
    summary_schools, per_school = [], {}
    for school, raw in SCHOOLS:
        sid = school["id"]
        built = []
        for n, pieces in enumerate(raw):
            text, f, neg = build(pieces, f"{sid} raw post {n}")
            assert text not in seen, f"duplicate post {text!r}"
            seen.add(text)
            built.append((text, f, neg))
        rng.shuffle(built)
        posts, gold = [], []
        for i, (text, f, neg) in enumerate(built):
            pid = f"{sid}-{i:04d}"
            posts.append({"id": pid, "school": sid, "text": text})
            gold.append({"id": pid, "school": sid, "findings": f, "negatives": neg})
        with open(os.path.join(HERE, "schools", f"{sid}.config.json"), "w", encoding="utf-8") as fh:
            json.dump(school["config"], fh, indent=1, ensure_ascii=False); fh.write("\n")
        write_jsonl(os.path.join(HERE, "posts", f"{sid}.jsonl"), posts)
        all_posts += posts; all_gold += gold
        cfg = school["config"]
        summary_schools.append({"id": sid, "name": cfg["school"]["name"], "place": school["place"],
                                "pupils": len(cfg["pupils"]), "staff": len(cfg["staff"]), "role": cfg["role"]})
        per_school[sid] = stats(gold)
    write_jsonl(os.path.join(HERE, "posts.jsonl"), all_posts)
    write_jsonl(os.path.join(HERE, "gold.jsonl"), all_gold)

    texts = {}
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line); texts[d["id"]] = d["text"]
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            for x in g["findings"] + g["negatives"]:
                assert u16_slice(texts[g["id"]], x["start"], x["end"]) == x["text"], g["id"]

    total = stats(all_gold)
    summary = {"schools": summary_schools, "posts": len(all_posts), "clean_posts": total["clean_posts"],
               "spans": total["spans"], "posts_with_kind": total["posts_with_kind"],
               "hard_negatives": total["hard_negatives"], "spans_total": sum(total["spans"].values()),
               "hard_negatives_total": sum(total["hard_negatives"].values()),
               "clean_posts_with_hard_negative": total["clean_posts_with_hard_negative"],
               "posts_with_two_kinds": total["posts_with_two_kinds"], "per_school": per_school,
               "offsets": "UTF-16 code units, half-open", "kinds": list(KINDS)}
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, indent=1, ensure_ascii=False); fh.write("\n")

    print(f"posts={summary['posts']} clean={summary['clean_posts']} ({summary['clean_posts'] / summary['posts']:.0%}) "
          f"clean_with_hard_negative={summary['clean_posts_with_hard_negative']} "
          f"posts_with_two_kinds={summary['posts_with_two_kinds']}")
    print("spans: " + " ".join(f"{k}={v}" for k, v in summary["spans"].items()) + f" total={summary['spans_total']}")
    print("posts with kind: " + " ".join(f"{k}={v}" for k, v in summary["posts_with_kind"].items()))
    print("hard negatives: " + " ".join(f"{k}={v}" for k, v in summary["hard_negatives"].items())
          + f" total={summary['hard_negatives_total']}")
    for sid, st in per_school.items():
        print(f"  {sid}: posts={st['posts']} clean={st['clean_posts']} ({st['clean_posts'] / st['posts']:.0%}) "
              + " ".join(f"{k}:{v}" for k, v in st["spans"].items())
              + " | " + " ".join(f"{k}:{v}" for k, v in st["hard_negatives"].items()))
    if args.show:
        byid = {g["id"]: g for g in all_gold}
        for p in random.Random().sample(all_posts, args.show):
            g = byid[p["id"]]
            print(f"\n[{p['id']}] {p['text']!r}")
            for x in g["findings"]:
                print(f"   FINDING {x['kind']:15} {x['start']:3}-{x['end']:3} {x['text']!r}")
            for x in g["negatives"]:
                print(f"   neg     {x['type']:15} {x['start']:3}-{x['end']:3} {x['text']!r}")


if __name__ == "__main__":
    sys.exit(main())
