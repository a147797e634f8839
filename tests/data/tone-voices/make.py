#!/usr/bin/env python3
"""Tone evaluation set "tone-voices": three invented UK schools, hand-written posts, hand-placed labels.

    python3 make.py      # writes schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to this file

Each post is a list of pieces. A piece is a plain string or (text, label). Labels: T/H/C are findings
(threat, hostile_remark, complaint); praise/other_target/self/reported/request/quote are typed hard negatives.
Pieces are joined by one space, unless a piece starts with a line break ("\n..."), which is kept as the separator.
Every labelled piece must be exactly one sentence under the contract's rule (checked below).
Offsets are UTF-16 code units, half-open.
"""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {"T": "threat", "H": "hostile_remark", "C": "complaint"}
NEGS = ("praise", "other_target", "self", "reported", "request", "quote")


def T(s): return (s, "T")
def H(s): return (s, "H")
def C(s): return (s, "C")
def PR(s): return (s, "praise")
def OT(s): return (s, "other_target")
def SE(s): return (s, "self")
def RP(s): return (s, "reported")
def RQ(s): return (s, "request")
def QU(s): return (s, "quote")


def roster(text):
    out = []
    for item in text.split(";"):
        parts = item.split()
        if not parts:
            continue
        d = {"first": parts[0], "last": parts[1]}
        if len(parts) > 2:
            d["preferred"] = parts[2]
        out.append(d)
    return out


def staff(rows):
    return [{"first": f, "last": l, "title": t} for t, f, l in rows]


# ---------------------------------------------------------------- school A: secondary, pupils' voices
NORTHWICK = {
    "id": "t00-northwick", "place": "Northwick",
    "config": {
        "version": 1, "role": "pupil",
        "school": {"name": "Northwick Vale Academy", "aliases": ["Northwick Vale", "NVA", "Northwick Academy"],
                   "hashtags": ["#NorthwickVale"], "handles": ["@NorthwickValeAcad"],
                   "domains": ["northwickvale.org.uk"],
                   "address": "88 Ferrier Road, Northwick, London", "postcode": "N17 9QR",
                   "phone": "020 7946 0321",
                   "headteacher": "Mr Gareth Pemberton",
                   "safeguarding_lead": {"name": "Mr Imran Siddiqui", "phone": "020 7946 0322",
                                         "email": "safeguarding@northwickvale.org.uk"},
                   "complaints": "https://www.northwickvale.org.uk/complaints-procedure"},
        "pupils": roster(
            "Tyrese Campbell; Kayden Morris Kay; Jayden Whyte; Amara Okonkwo; Leah Doherty; Shanice Francis;"
            "Mohammed Rahman Mo; Ibrahim Sesay; Fatima Yusuf; Deja Richards; Callum Brooks; Ryan Kowalczyk;"
            "Alfie Turner; Ellie-May Grant; Chloe Barnes; Zain Hussain; Aaliyah Thomas; Marcus Adeyemi;"
            "Kofi Asante; Precious Nwosu; Harvey Lane; Reece Coleman; Nathan Oduya; Sami Haddad; Yusuf Demir;"
            "Elif Yilmaz; Bartłomiej Nowak Bartek; Oliwia Zielińska; Tianna Grant-Lewis; Demi Walsh; Keira Lynch;"
            "Connor McBride; Joshua Atkins Josh; Daniel Mensah-Bonsu Danny; Oluwatobi Ogunleye Tobi; Isaac Boateng;"
            "Rhianna Clarke; Mya Harris; Leon Fraser; Theo Saunders; Lucas Pereira; Ana Costa; Hassan Abdi;"
            "Hodan Farah; Khadija Warsame; Ruby Mitchell; Freddie Holt; Kacper Mazur; Summer Evans; Jaylen Osei"),
        "staff": staff([
            ("Mr", "Gareth", "Pemberton"), ("Mrs", "Lorraine", "Adebayo"), ("Mr", "Kyle", "Brennan"),
            ("Miss", "Chantelle", "Osei"), ("Mr", "Tomasz", "Wiśniewski"), ("Ms", "Harriet", "Lovell"),
            ("Mr", "Imran", "Siddiqui"), ("Mrs", "Denise", "Crouch"), ("Miss", "Rebecca", "Hale"),
            ("Mr", "Anthony", "Duffy"), ("Mrs", "Sunita", "Bhatt"), ("Mr", "Leon", "Castellanos"),
            ("Miss", "Georgia", "Frost"), ("Mr", "Phil", "Garner"), ("Ms", "Abena", "Mensah")]),
    },
}

NORTHWICK_POSTS = [
    [H("Mr Brennan is a certified wasteman bro, kept all 30 of us in cos one person was talking 💀")],
    [SE("im actually so dumb lol i revised the wrong paper for the chem mock 😭😭")],
    [PR("Miss Hale's drama show last night was actually sick, the lighting and everything 🔥"), "Y10 cast u lot went crazy"],
    [T("on my mum if Tyrese chats about my sister one more time im bangin him out at the gates")],
    ["bruv the 149 was 20 mins late again.", OT("TfL is actually a joke man")],
    [H("Deja thinks she's peng but she's got a forehead like a satellite dish 💀💀")],
    [C("why does this school give out detentions for wearing trainers when half the teachers wear them lmao")],
    [PR("Mr Wisniewski is lowkey goated, explained simultaneous equations in like 5 mins")],
    [RQ("does anyone know when the options forms are due in?"), "my mum keeps asking"],
    ["sir really said \"phones away or its going in the box\"",
     H("\nlike who do u think u are, u teach geography not the army 🤡")],
    [T("screenshots of what Leah said about Amara are going on the year group chat tonight, she knows what she did")],
    [OT("KSI is finished after that fight 💀 ratio")],
    [H("Ibrahim's new trim is a hate crime 😭 who did that to him")],
    [C("they cancelled the Y11 Thorpe Park trip cos of \"behaviour\" but still kept our deposits, that's actually peak")],
    ["Mrs Adebayo in assembly:", QU("\n\"be the change you want to see in the world\""), "\nok miss 😂"],
    [H("Mr Pemberton is a pagan fr, he patrols the corridors like he's looking for someone to exclude")],
    ["Bartek scored a worldie in PE today!!", PR("the way sir celebrated was dead funny 😂")],
    [RP("someone in my form said they're gonna jump my friend after school, should i tell Mr Siddiqui or is that snitching?")],
    [H("f*ck Miss Crouch honestly"), C("\nshe rang my mum AGAIN cos i was 2 mins late to reg")],
    [H("Callum Brooks is the biggest neek in 9B, he reminded sir about the homework 🤓")],
    [SE("i'm the biggest neek alive i actually enjoyed the history essay 💀")],
    [C("sir gave me 2 days in isolation for something Jayden did."),
     T("watch what happens to his car if he excludes me, i'm not even joking")],
    [C("the canteen charging £3 for a cookie is daylight robbery."), C("this school is running a business fr")],
    [OT("arsenal defence is moist bro how do you concede from a throw in")],
    [H("Miss Osei is so moist 😭 she really cried when we didn't do the reading")],
    [PR("Miss Frost is a legend fr, she let us put music on while we did our portfolios")],
    [H("everyone knows Mr Duffy fiddles the trip money, how else is the Berlin trip £600")],
    [RQ("can someone send the english homework sheet i left mine in my locker")],
    [H("the yr 8 with the massive backpack is so annoying 😭"), H("Bro walks like a turtle")],
    [T("Keira better watch her back monday, everyone saw what she posted")],
    [QU("Kill Bill by SZA is on repeat in the common room and honestly i'm not mad")],
    [C("SLT really took away our phones for the whole week cos of ONE fight, make it make sense")],
    [H("Mr Garner is a L teacher bro, reads off the slides and calls it teaching")],
    ["happy birthday to the realest one Zain 🎉🎉 love u bro"],
    [H("Shanice is a sket everyone knows it")],
    [SE("forgot my PE kit for the 4th time this term i'm actually finished 💀")],
    [RP("my little brother in yr 7 says some boys keep calling him fat and taking his lunch, what do i even do")],
    [H("stfu Mo nobody asked 🤡")],
    [PR("that assembly from the ex-pupil who plays for Spurs was bare inspiring ngl")],
    [C("the school wifi blocks literally everything, how are we meant to do the research homework")],
    [T("Jayden snaked my boy so its on sight now, tell him i said that")],
    ["who's got Mr Castellanos for Spanish? is he strict"],
    ["Mr Castellanos again.", H("Absolute clown, gave me a C1 for sneezing")],
    [OT("my manager at Greggs is a proper wasteman, made me close on my own")],
    [H("Aaliyah's eyebrows look like two slugs fighting 😭😭")],
    [RQ("miss can u put the revision slides on teams pls 🙏")],
    [C("we've had supply for science since october and nobody's told us who our actual teacher is")],
    [T("if miss gives me another detention i'm posting her old insta pics everywhere")],
    [PR("Y11 leavers hoodies came and they're dead cute 😍")],
    [H("Josh Atkins baited out the whole back row, snake behaviour 🐍")],
    [PR("Marcus in the talent show 😭 he's HIM")],
    [H("Harvey tried to rap in the talent show 💀 he's finished bro")],
    [OT("that new MrBeast vid is so mid")],
    [H("they moved the mocks forward a week and told us on a friday, this school is a joke")],
    [QU("\"fair is foul and foul is fair\" is literally the only line of Macbeth i remember")],
    [T("someone should slash Mr Duffy's tyres fr")],
    [H("the dinner ladies are so rude bruv, one literally snatched the tray off me")],
    [SE("why am i like this i walked into the wrong classroom and sat down for 5 mins 😭")],
    ["the snow day rumours are cap btw.", "school is open"],
    [H("Ryan Kowalczyk stinks of Lynx Africa and desperation 💀")],
    [C("no one in the office ever picks up when my mum rings about my bus pass")],
    [PR("shoutout Mr Siddiqui for sorting my timetable, man's a real one")],
    ["Connor thinks he can chat about my mum online.", T("i know where he lives btw")],
    [RQ("does anyone know if we need calculators for the physics paper or nah")],
    [H("wtf is Mrs Bhatt's problem, she treats us like we're in year 2")],
    [OT("the self checkout at Sainsbury's is the real opp 😤")],
    ["Ana and Lucas won the debate comp 🏆 proud of them fr"],
    [C("sir said he'd mark our coursework by half term and it's literally march")],
    [H("Mr Pemberton's toupee is moving on its own in the assembly vid 😭🤡")],
    [RP("someone keeps DMing my friend saying they'll \"end her\" and she's scared, who do we tell?")],
    [QU("my yearbook quote is \"to infinity and beyond\" and i'm not changing it")],
    [H("Leah Doherty is a snake and a liar."), T("you're getting it after school, don't bother hiding in the library")],
    [C("this school cares more about skirt length than the fact the toilets have been locked all week")],
    [H("Kacper is actually thick, asked if Wales is in London 💀")],
    [PR("Miss Mensah's choir lowkey went hard at the concert, i got goosebumps")],
    [H("Ms Lovell stays shouting over nothing, neek behaviour 😭 someone get her a hobby")],
    [C("our form tutor still hasn't given back the phone she took off me on friday, not ok")],
    [SE("me trying to do the french oral 💀 i'm so cooked")],
    [T("Mr Garner's gonna find out what happens when you embarrass someone in front of the whole class")],
    ["Y9 trip to the Science Museum is the 14th, bring a packed lunch"],
    [H("who let Summer do her own eyeliner 😭 she looks like a panda")],
    [OT("Man United are a disgrace, sack the manager")],
    [C("they gave the prefect badges to all the teachers' pets again, rigged")],
    # multi-sentence posts where only one sentence carries the tone
    ["ngl today was long.", "double maths then PE in the rain.", C("and then sir kept us 10 mins after the bell for NOTHING"), "\nim going bed"],
    [PR("Mr Brennan's football team actually won the borough cup 🏆"), "Proud of the boys fr"],
    ["new term new me 🙏", SE("\n(i will be late tomorrow, i'm so bad at mornings lol)")],
    [T("whoever nicked my airpods from the changing room, i'll find out who you are and you'll regret it")],
    ["Y10 art exhibition is in the main hall all week.", PR("Precious's painting is actually unreal, go look")],
    [H("Theo's laugh sounds like a dying seagull 💀"), "I can't sit near him in science"],
    ["allow it, it's not that deep.", "we're all gonna pass anyway"],
    [C("why has the head got time to do tiktoks with the year 7s but can't reply to the school council about the water fountains")],
    [RP("my mate says Connor told her he'd \"leak\" her pics if she doesn't reply, should she go to Mr Siddiqui?")],
    [H("that neek in 10C with the bowl cut reported me for swearing, grass")],
    [C("Mr Duffy marked my essay a 4 and didn't even read it"), H("\nman is a fraud 🤡")],
    [C("Miss Crouch gave me a detention for my hair colour when it's literally natural"), "\nbruh"],
    [QU("we're doing Blood Brothers in drama and Kofi is Mickey, it's actually so good")],
]

# ---------------------------------------------------------------- school B: primary, parents' forum
FARROWDALE = {
    "id": "t01-farrowdale", "place": "Farrowdale",
    "config": {
        "version": 1, "role": "parent",
        "school": {"name": "Farrowdale Primary School", "aliases": ["Farrowdale Primary", "Farrowdale School", "FPS"],
                   "hashtags": ["#FarrowdalePrimary"], "handles": ["@FarrowdalePS"],
                   "domains": ["farrowdaleprimary.co.uk"],
                   "address": "5 Mill Brow, Farrowdale, Leeds", "postcode": "LS28 4TN",
                   "phone": "0113 496 0457",
                   "headteacher": "Mrs Alison Greaves",
                   "safeguarding_lead": {"name": "Mr Stuart Bramley", "phone": "0113 496 0458",
                                         "email": "dsl@farrowdaleprimary.co.uk"},
                   "complaints": "https://www.farrowdaleprimary.co.uk/parents/complaints"},
        "pupils": roster(
            "Olivia Hartley; Isabella Moorhouse Izzy; Jack Fenton; Harry Lockwood; Noah Ibbotson; Amelia Crabtree;"
            "Grace Holroyd; Ethan Barraclough; Mason Rhodes; Archie Dyson; Lily Pearson; Evie Shackleton; Ava Brook;"
            "Freddie Marsden; Zara Malik; Ayaan Butt; Hamza Akram; Maisie Jowett; Poppy Sugden; Alfie Beaumont;"
            "Edward Nuttall Teddy; Reggie Booth; Ivy Ramsden; Daisy Hinchliffe; Florence Mallinson Flo; Arthur Greenwood;"
            "Henry Kaye; Sophia Bairstow; Layla Hussain; Yasmin Iqbal; Ibrahim Saleem; Mia Wadsworth; Ruby Helliwell;"
            "Jessica Senior Jess; Charlie Bentley; Leo Oldroyd; Kacey Dobson; Logan Firth; Tommy Haworth; Erin Gledhill;"
            "Niamh Brennan; Sienna Lumb; Oakley Scargill; Harper Womersley; Aria Sykes; Bobby Thackray; Millie Exley;"
            "Jacob Ackroyd; Eliza Stott; Rosie Wilde; Kian Patel; Ananya Sharma"),
        "staff": staff([
            ("Mrs", "Alison", "Greaves"), ("Mr", "Stuart", "Bramley"), ("Mrs", "Nicola", "Pickering"),
            ("Miss", "Hannah", "Whitely"), ("Mr", "Josh", "Ingham"), ("Mrs", "Karen", "Sutcliffe"),
            ("Miss", "Priya", "Lal"), ("Mrs", "Joanne", "Hirst"), ("Mr", "Dominic", "Fairweather"),
            ("Mrs", "Beverley", "Outhwaite"), ("Miss", "Laura", "Kenyon"), ("Mrs", "Gill", "Armitage"),
            ("Mr", "Rob", "Haigh"), ("Mrs", "Shazia", "Qureshi"), ("Ms", "Claire", "Dunwell")]),
    },
}

FARROWDALE_POSTS = [
    ["AIBU to be fuming about this?", "DS (Y3) came home on Tuesday 4th with a bump the size of an egg on his head.",
     C("Nobody from the school rang me, there was no note in his bag, and when I asked at pick-up the TA said she \"didn't know anything about it\"."),
     "I only found out because he was crying at tea."],
    ["Just a quick one for Farrowdale parents.", RQ("Does anyone know if the Y4 residential deposit is due this Friday or next?"),
     "The letter has gone walkabout."],
    [H("Mrs Greaves is an absolute disgrace of a head teacher."),
     C("Three emails since half term about DD being left out of her friendship group and not one reply.")],
    [PR("Have to say Miss Lal is an absolute gem."), "DD was so nervous about starting Reception and she's come out every day beaming."],
    [C("The SENCO has cancelled DS's EHCP review for the second time this term and nobody will give me a new date."),
     "We've been waiting since September.", C("I'm sorry but that is not good enough.")],
    [OT("The council still haven't gritted the hill up to the school, it's a sheet of ice."), "Be careful this morning everyone."],
    ["So DS's teacher kept the whole class in at lunch again.",
     C("Mr Ingham clearly has no idea how to manage a class of nine year olds and takes it out on the kids who have done nothing wrong."),
     H("He's a jumped-up little man who loves the sound of his own voice.")],
    [SE("I am such a muppet, I sent DD in non-uniform on a uniform day."), "She was mortified, bless her."],
    [RP("DD (Y2) says a girl in her class keeps saying her teeth are weird and that she can't join their games."),
     "She's been in tears at bedtime.", RQ("Has anyone had this and what did you do?"), "I don't want to go in all guns blazing."],
    [T("If that woman at the gate says one more word about my son I will not be responsible for what I do.")],
    [H("The mums' clique at the gate are the most stuck-up, two-faced bunch I've ever met.")],
    ["Lovely afternoon at the Y1 nativity.", PR("Mrs Qureshi and the TAs were bloody brilliant with the little ones, not a dry eye in the hall.")],
    [C("Why does the school only ever give two days' notice for non-uniform day, dress-up day and the cake sale?"),
     "Some of us work full time.", C("It's the same every single term and the office just shrug.")],
    [H("Let's be honest, Mr Bramley has been helping himself to the PTA money for years, where do you think his new conservatory came from.")],
    [RQ("Could someone who has the Y6 SATs timetable post it here please?"), "Thank you in advance!"],
    ["I've been very patient.",
     C("DS was hit by the same boy on the 12th, 19th and 26th of January, I reported each one in writing, and the head's response was that they are \"monitoring the situation\"."),
     T("If it happens again, every email goes to the Yorkshire Evening Post with the school's name in the headline.")],
    [OT("My boss at work is a complete nightmare, wouldn't let me leave early for sports day.")],
    [QU("DD has been singing \"Let It Go\" at the top of her lungs since the Frozen assembly, send help.")],
    [H("The receptionist is a miserable cow, looks at you like you've crawled out from under a rock.")],
    ["Is it just me or did the school photos come out lovely this year?", PR("The photographer was fab with DS who normally hates cameras.")],
    [C("DS's reading book hasn't been changed since before Christmas."), "I've written in his reading record four times.",
     C("What is the point of asking us to read with them every night if nobody at school even looks at it?")],
    [C("Three weeks of DS crying before school and Mr Ingham still won't return a single call."),
     T("I know where he lives and I know what car he drives, just saying.")],
    [RQ("Is there any chance the clubs timetable could go up on the website?"), "It would make planning childcare so much easier."],
    [H("Has anyone seen the state of the Moorhouse girl's hair this week?"), H("Looks like it's been cut with a knife and fork.")],
    ["Update on my thread from last week.", "Met with the head and the SENCO on Thursday.",
     PR("Honestly, Mrs Pickering was amazing, she'd already got an OT referral in and has a plan for DS's transitions.")],
    [C("AIBU to think it's ridiculous that the school wants £14 for a Christmas jumper day, a disco and a panto in the same fortnight?"),
     "We have three kids there."],
    [H("Miss Whitely is a useless, lazy cow who spends the whole day on her phone while the TA does everything.")],
    [SE("Sorry, I'm being thick, but which day is PE for Y5 this term?")],
    ["Farrowdale summer fair raised £2,340!", PR("Huge thanks to the PTA, you lot are legends.")],
    [C("DS has come home in someone else's trousers three times now and the lost property box is a free-for-all."),
     C("Can the office not at least check names before handing things out?")],
    [T("Someone should let the head's tyres down and see how she likes being ignored.")],
    [OT("Northern cancelled the 07:42 again, anyone else's other half stuck at Bramley station?")],
    [RP("My son told me a Y6 boy said he'd \"smash his face in\" at the bus stop."),
     RQ("Should I go to the school or to the boy's parents first?"), "I don't want to make it worse for DS."],
    [H("Honestly the governing body is just a row of nodding dogs who rubber-stamp whatever Mrs Greaves wants.")],
    ["Reminder that the Y2 trip to Eureka is on Wednesday.", "Packed lunch, no fizzy drinks, wellies in a bag."],
    [C("I'm disgusted at how the school handled the nits letter."),
     "They named the class and half the parents had worked out which child it was within an hour.",
     C("Zero discretion, zero thought for a six year old.")],
    [PR("Mr Haigh is a legend, he's got DS actually wanting to do cross country.")],
    [H("That Harper in DD's class is a bratty little diva, and the apple hasn't fallen far from the tree.")],
    ["YANBU.", C("The school has a policy for everything except actually answering parents.")],
    [RQ("Does anybody know the name of the new Y3 TA?"), "DD keeps calling her \"the nice lady\"."],
    [H("Mrs Sutcliffe is a bully in a cardigan and the kids in her class are terrified of her."),
     T("She'd better pray she never ends up behind me in the Morrisons queue.")],
    [QU("\"Children learn what they live\" is on the poster outside the hall, and I think about it every morning.")],
    ["We were told on the 3rd of October that DS would get 1:1 phonics three times a week.", "It's now February.",
     C("He has had it twice in total, and nobody from the school has explained why.")],
    [H("The dinner ladies are vile to the little ones."), "Not all of them, but enough of them."],
    [SE("Me, 9pm, gluing cotton wool onto a sheep costume because I forgot the letter existed."), "Mother of the year."],
    [C("Is anyone else fed up with the state of the school toilets?"), "DS says he holds it all day."],
    [H("Mr Fairweather is a creep, the way he leers at the mums at pick-up.")],
    [RQ("Does anyone have a spare Y5 jumper age 9-10?"), "Happy to pay."],
    [OT("The new Tesco car park layout is a disaster, nearly reversed into a pram.")],
    [C("DD was given a behaviour point for \"answering back\" when she told the teacher she felt sick."),
     "She was then sick in the corridor.", C("I'd like someone at the school to explain to me how that was handled properly.")],
    [T("I've screenshotted every snotty message Mrs Hirst has ever sent me, and one more and they're all going on the Farrowdale parents Facebook page.")],
    [PR("Can I just say the Y6 leavers' assembly was sick, as my son would say."), "Proper lump in the throat moment."],
    [H("Our head couldn't organise a drink in a brewery.")],
    [RP("DS came home saying Mr Bramley called him \"a nuisance\" in front of the class."),
     RQ("I don't want to jump to conclusions, how would you raise it?")],
    [C("It's been four weeks since the bus incident and the head hasn't replied once, AIBU to go to the governors now?")],
    ["Snow day!", "The school has just texted, closed today."],
    [H("That Kian Patel is a little thug and everyone knows it.")],
    [C("The trust has cut the TA hours in every class and the school pretends nothing's changed.")],
    ["Thanks everyone for the advice on my thread about DS's reading.", PR("His teacher has been brilliant since I went in.")],
    [T("If anyone touches my daughter again there'll be a dad waiting at that gate who won't be asking nicely.")],
    [OT("My ex is an absolute waste of space, forgot DS's birthday again.")],
    [C("The school's response to the head lice outbreak has been pathetic, one letter in six weeks.")],
    [RQ("Could the office please resend the parents' evening booking link?"), "Mine has expired."],
    ["DD's class teacher is off long term, which I understand.",
     C("What I don't understand is why we've had six different supply teachers since Easter and not one letter explaining it.")],
    [H("The SENCO is completely clueless, she thinks autism is something you can fix with a sticker chart.")],
    [SE("Just realised I've been calling DS's teacher Mrs Sutcliff for two years, it's Sutcliffe."), "I want the ground to swallow me."],
    [QU("Y4 are doing The Lion, the Witch and the Wardrobe, DS is Edmund and has been demanding Turkish Delight all week.")],
    [C("Again the school have booked the Y5 swimming for the same week as the trip, so DD misses both."),
     H("Whoever does the planning is a joke.")],
    ["Long post, sorry.", "DS (Y6, autistic) has had a tough term.",
     "On 8th March he was restrained by two members of staff after a meltdown in the hall.",
     C("I was not told until pick-up, there is no written record I've been allowed to see, and the head has refused to meet me."),
     "I've now put in a formal complaint."],
    [PR("Whoever runs the breakfast club deserves a medal, DD actually wants to go in early.")],
    [T("Mrs Outhwaite should tread carefully, I know people and I know where she parks.")],
    [H("Miss Kenyon looks about twelve and has the classroom management to match.")],
    [RP("My daughter says a boy keeps calling her names because of her glasses."), "She's only 6.",
     RQ("Any tips on building her confidence?")],
    [C("Why is it that every time I raise something the school tells me it's \"a matter for the class teacher\" and the class teacher tells me it's \"a matter for SLT\"?")],
    [OT("Honestly the refs in the Premier League are a joke, Leeds were robbed.")],
    [RQ("Would anyone be up for starting a walking bus from the Green to school?"), "Happy to do Mondays."],
    [H("Mr Ingham is always stinking of booze at pick-up, I don't know how he still has a job.")],
    ["DD got star of the week!", PR("Miss Whitely is bloody marvellous with her.")],
    [C("The new pick-up system is chaos, two hundred parents funnelled through one gate in the rain while the office watch from inside.")],
    [T("Mark my words, Mr Fairweather won't be working with children much longer once I'm finished with him.")],
    ["Anyone else's kids ask them about Y5 maths homework and they just stare blankly?", SE("I'm useless at fractions.")],
    [C("I'm sorry but a 10 minute slot at parents' evening after a whole term of DS being bullied is not acceptable.")],
    ["Right, I've calmed down.", H("But the Y6 teacher is still a patronising old witch.")],
    [RQ("Can anyone recommend a tutor for the 11+ in the Farrowdale area?")],
    # a few more, varied
    ["I hate to be that parent but here goes.", "DS's coat went missing on the 14th.",
     C("Despite two emails to the office I've had no reply, and I've now had to buy another one for £35.")],
    ["DS has his dyslexia assessment next week.", "Fingers crossed it gives us some answers, he's been finding reading so hard."],
    [PR("The Y2 assembly on kindness was absolutely smashing, well done Mr Haigh and Miss Whitely.")],
    [H("The deputy head is a smarmy, condescending know-all and he makes my skin crawl.")],
    [T("The head should remember I've got a very big mouth and a lot of friends on the Farrowdale Facebook page.")],
    [OT("Our landlord has been promising to fix the boiler for three weeks, he's a total cowboy.")],
    [C("It's all very well for the school to fine us for term-time holidays when they've closed for three INSET days and a 'training' afternoon since September.")],
    ["Quick update: DS has settled in brilliantly.", PR("The Y1 team are fab, so glad we moved him.")],
    [H("Whoever's in charge of Y4 this year couldn't run a bath.")],
    [C("The school has ignored every email about the bullying since October."), H("The head is a coward who hides in her office."),
     T("If nothing changes by Friday, every parent in Y4 will be hearing exactly what's been going on.")],
    [RQ("Is anybody able to tell me whether flu spray forms go to the office or the nurse?")],
]

# ---------------------------------------------------------------- school C: secondary, staff voices
CRESSINGTON = {
    "id": "t02-cressington", "place": "Cressington",
    "config": {
        "version": 1, "role": "staff",
        "school": {"name": "Cressington Heath School", "aliases": ["Cressington Heath", "CHS", "Cressington School"],
                   "hashtags": ["#CressingtonHeath", "#TeamCHS"], "handles": ["@CressingtonHeath"],
                   "domains": ["cressingtonheath.org.uk"],
                   "address": "210 Heathfield Road, Cressington, Birmingham", "postcode": "B44 8RD",
                   "phone": "0121 496 0183",
                   "headteacher": "Mrs Helen Marchetti",
                   "safeguarding_lead": {"name": "Ms Rachel Ndlovu", "phone": "0121 496 0184",
                                         "email": "dsl@cressingtonheath.org.uk"},
                   "complaints": "https://www.cressingtonheath.org.uk/about/complaints"},
        "pupils": roster(
            "Aaron Dhillon; Harpreet Kaur; Jaspreet Gill; Amir Khan; Ayesha Mahmood; Bilal Hussain; Kyle Richards;"
            "Brandon Hughes; Chelsea Walker; Shannon Bates; Tia Gordon; Malachi Brown; Nia Edwards; Kai Sutton;"
            "Logan Price; Riley Green; Jenson Hall; Olivia Jukes Liv; Lacey Parkes; Kayla Morgan; Deon Bennett;"
            "Jamal Ahmed; Sana Iqbal; Umar Farooq; Ravi Patel; Simran Bains; Gurpreet Johal; Maya Bishop; Ellie Tromans;"
            "Ruby Bissell; Jake Hipkiss; Mason Cox; Alfie Homer; Tyler Nock; Leah Jeavons; Amelia Haden Millie;"
            "Callum Round; Dylan Bradley; Ethan Millward; Imogen Lowe; Freya Siviter; Isaac Pardoe; Owen Turley;"
            "Lewis Kendrick; Yasmin Begum; Hamza Raza; Dominika Kowal; Wiktoria Lis; Reuben Oyelaran; Chantelle Dyer"),
        "staff": staff([
            ("Mrs", "Helen", "Marchetti"), ("Mr", "Andrew", "Coombes"), ("Ms", "Rachel", "Ndlovu"),
            ("Mr", "Simon", "Kettle"), ("Mrs", "Janet", "Hadley"), ("Mr", "Paul", "Brannigan"),
            ("Miss", "Sophie", "Garland"), ("Mr", "Faisal", "Chaudhry"), ("Mrs", "Kerry", "Whitlock"),
            ("Mr", "Liam", "Prosser"), ("Ms", "Oksana", "Petrenko"), ("Mr", "Gavin", "Tranter"),
            ("Miss", "Niamh", "Callaghan"), ("Mr", "Ravinder", "Sandhu"), ("Mrs", "Dawn", "Pugh")]),
    },
}

CRESSINGTON_POSTS = [
    ["Proud to share that our Year 11 cohort at Cressington Heath achieved our best ever Progress 8 score.",
     PR("Huge credit to Mr Chaudhry and the maths department, you are phenomenal.")],
    ["Staff briefing moved to 8:10 tomorrow, main hall.", "Bring your planners."],
    [C("SLT have announced yet another data drop two weeks after the last one."), "Three this term.",
     C("When exactly are we supposed to teach?")],
    [H("Honestly the trust's CEO couldn't find a classroom with a map and a sat nav.")],
    [RQ("Could whoever borrowed the Y9 set of Of Mice and Men please return them to E4?"), "Thank you!"],
    [QU("\"Teaching is the one profession that creates all other professions\" - spotted on a mug in the staffroom and I'm choosing to believe it today.")],
    ["Had Y10 period 5.", H("Brandon Hughes is a nasty little sod and I'm done pretending otherwise.")],
    [OT("CrossCountry trains cancelled again, so I'm marking on the platform at New Street.")],
    [T("If Coombes signs off my capability plan I'll see to it the whole trust hears exactly what he gets up to on residentials.")],
    ["Delighted to have completed my NPQSL this week.", "Grateful to colleagues across Meridian Learning Trust for their support."],
    [C("The governors have approved the new behaviour policy without consulting a single member of teaching staff."), "Again."],
    [PR("Shoutout to Miss Garland whose Y8 poetry slam was absolutely savage, the kids were buzzing.")],
    [SE("Just taught a whole lesson with my flies undone, peak professionalism from me.")],
    [H("The mother of that Year 8 girl who screamed at reception is an absolute nightmare, rude, aggressive and thick as mince.")],
    ["Reminder: cover requests to Mrs Pugh by 7:30 please."],
    [C("Third week running that my PPA has been taken for cover with no notice."),
     C("Nobody on SLT has the decency to even apologise.")],
    [RP("A Y9 student told me today that another pupil threatened to \"stab him after school\"."),
     "I've logged it on CPOMS and spoken to the DSL.", RQ("Has anyone had training on how to follow up with the victim?")],
    ["Open evening tonight from 5pm.", PR("Come and see what makes Cressington Heath special, our students are incredible.")],
    [H("Prosser is a lazy git, hasn't set cover work once this year.")],
    [OT("My old head at St Edmund's was an absolute tyrant, so grateful to be out of there.")],
    [C("Kettle has cut our department budget by 40% and won't even tell us why."),
     T("Someone should key his car in the staff car park, see how he likes cuts.")],
    ["Brilliant CPD session from Oksana Petrenko on retrieval practice today.", "Slides are on the shared drive."],
    [C("The radiators in S-block have been stone cold since November and estates keep saying \"next week\".")],
    [QU("In the words of Maya Angelou, \"people will never forget how you made them feel\"."),
     "Reflecting on that after today's leavers' assembly."],
    [RQ("Can anyone cover my duty on the field on Thursday lunch?")],
    [H("Kerry Whitlock is a two-faced snake, smiles at you in briefing and slags you off in the office.")],
    ["Year 7 science club built rockets today 🚀", PR("Absolutely mental launches, best afternoon of the term!")],
    [C("We were promised the pay award would be fully funded and now the trust is telling us to find the money from department budgets.")],
    [SE("I'm the worst at remembering names, called a Y10 \"Jamie\" for a whole term and his name is Jaden.")],
    [H("Half this year's Y11 are the laziest bunch of entitled brats I have ever taught.")],
    [T("Tell Ndlovu if she puts me on another support plan I'll be round her house to discuss it personally.")],
    [OT("Ofsted's new framework is a joke, nobody at the DfE has set foot in a classroom in years.")],
    [C("The cover system here is a shambles, I found out I was covering P3 from a student.")],
    [RQ("Could all form tutors please chase the outstanding trip consent forms for Y8 by Friday?")],
    [H("Mrs Marchetti is a spineless puppet for the trust and everyone in this building knows it.")],
    [C("Eight weeks since I raised the damp in C12 with the business manager and still nothing.")],
    [PR("Ms Ndlovu handled a really tricky meeting today with amazing calm, genuinely inspiring to watch.")],
    [OT("Stagecoach have cut the 907 so half our kids now walk along the dual carriageway, shocking decision.")],
    [H("Jamal Ahmed's dad is a thug and a liar, I've no idea why the head keeps giving him meetings.")],
    ["Thrilled to welcome our new ECTs to the Cressington Heath family."],
    [RP("A parent has emailed saying a Y7 is being called a \"freak\" on Snapchat."),
     RQ("What's the best route to report it to the platform?")],
    [T("Watch what happens to the head's precious Ofsted grade when the union hears what I've got on her.")],
    [SE("Forgot my lanyard, my lunch and my will to live this morning, 0 for 3.")],
    [C("Why is it always the same departments that get new laptops while we're still limping along on Windows 7?")],
    ["Parents' evening for Year 9 is on 23rd January, bookings open on Monday."],
    [H("Sandhu couldn't teach a dog to sit, let alone A-level computing.")],
    [QU("Ran our Y10 mock on An Inspector Calls and \"we are members of one body\" got quoted in every single script.")],
    [C("Nobody from SLT has done a corridor duty since September and then they wonder why changeover is carnage.")],
    ["Our Duke of Edinburgh group completed their Bronze expedition in the rain.", PR("Absolute legends, every one of them.")],
    [T("If Ayesha Mahmood's brother turns up at the gate again shouting at staff he'll find out I'm not someone to mess with.")],
    [OT("My partner's manager at the bank is a total clown, made him work through his holiday.")],
    [RQ("Does anyone know if the trust are running first aid refresher training this term?")],
    [H("Tia Gordon's mum is an absolute liability, she turned up to parents' evening drunk again.")],
    [C("The trust's new marking policy has added about five hours a week to my workload and the SLT response was \"work smarter\".")],
    [H("Shannon Bates is a vile little girl and her whole family are the same.")],
    [PR("Honestly our site team are unsung heroes, had the hall turned around for exams in two hours flat.")],
    [C("Governors' meeting tonight and once again staff wellbeing isn't on the agenda.")],
    [T("One more passive-aggressive email from Mr Kettle and his expenses claims are going straight to the trust's auditors.")],
    [SE("Me telling Y8 I'm \"down with the kids\" and being told I'm mid."), "Fair."],
    [H("The new deputy is a jumped-up clipboard merchant who's never taught a full timetable in his life.")],
    [RQ("Could the office please confirm whether the INSET day on the 4th is still going ahead?")],
    [H("Exclusions here only happen if the parent isn't mates with the chair of governors, and we all know it.")],
    [OT("Severn Trent dug up the road outside my house again, third time this year.")],
    [C("I asked Mr Coombes three times for support with the Y10 group and got nothing but a CPOMS reminder.")],
    [PR("Mr Tranter's Y11 product design exhibition was sick, as the kids say, some genuinely professional work.")],
    [H("Half the parents in the Y7 WhatsApp group are feral, one of them called Miss Callaghan a liar for setting homework.")],
    [RQ("Does anyone have a spare HDMI adapter in the English block?")],
    [T("Dawn in the office better sleep with one eye open after what she said in that meeting.")],
    [C("Our trust spends thousands on branded lanyards while we photocopy textbooks because we can't afford class sets.")],
    [QU("\"Be kind, for everyone you meet is fighting a hard battle\" is on the wall by the staffroom and I needed it today 😅")],
    [H("Bilal in 10F has the attention span of a goldfish and the manners of a pig.")],
    ["Great turnout for the staff 5-a-side.", SE("I was rubbish, as usual, but it's the taking part that counts.")],
    [C("Twice now the office have given a parent my personal mobile number without asking me.")],
    [RQ("Looking for recommendations for a good KS3 reading scheme, any ideas welcome.")],
    # more clean and professional posts, and a few more vents
    ["We're recruiting!", "Cressington Heath is looking for a Teacher of Geography from September, details on our website."],
    ["Fantastic to host Year 6 taster day today.", PR("Our Y9 ambassadors were brilliant guides, so proud of them.")],
    ["Long day.", "Two parents' meetings, a fire drill and a leaking roof in the library.",
     C("And the trust still wants the SEF updated by Friday, because of course it does.")],
    [H("Honestly Kyle Richards is the most spoilt, gobby child I've come across in twenty years.")],
    [T("If the governors push this restructure through, a few of us have emails that would make very interesting reading for the local paper.")],
    [C("Our Y10 set has had four different teachers this year because SLT keep moving staff around."),
     H("Whoever signed that off is an idiot.")],
    [H("That boy in 9C who spat at Miss Garland is a little animal."), C("And of course SLT sent him straight back to her lesson.")],
    [RQ("Is anyone going to the ResearchED conference in Birmingham next month?")],
]

SCHOOLS = [(NORTHWICK, NORTHWICK_POSTS), (FARROWDALE, FARROWDALE_POSTS), (CRESSINGTON, CRESSINGTON_POSTS)]


# ---------------------------------------------------------------- sentences, offsets, checks
def is_emoji(c):
    o = ord(c)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF or o in (0x200D, 0xFE0F, 0x20E3))


def sentences(text):
    """Sentence spans (char offsets) under the contract's rule: ends at runs of . ! ?, a line break, or an
    emoji run followed by a capital letter; closing quotes/brackets and emoji after the punctuation belong to it."""
    out, n, i, start = [], len(text), 0, None

    def close(a, b):
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))

    while i < n:
        c = text[i]
        if start is None:
            if c.isspace():
                i += 1
                continue
            start = i
        if c == "\n":
            close(start, i); start = None; i += 1; continue
        if c in ".!?":
            j = i
            while j < n and text[j] in ".!?":
                j += 1
            while j < n and text[j] in "\"')”’":
                j += 1
            k = j
            while k < n and text[k] == " ":
                k += 1
            if k < n and is_emoji(text[k]):
                while k < n and (is_emoji(text[k]) or text[k] == " "):
                    k += 1
                j = k
            close(start, j); start = None; i = j; continue
        if is_emoji(c):
            j = i
            while j < n and is_emoji(text[j]):
                j += 1
            k = j
            while k < n and text[k] == " ":
                k += 1
            if k < n and text[k].isupper():
                close(start, j); start = None; i = k; continue
            i = j; continue
        i += 1
    if start is not None:
        close(start, n)
    return out


def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def build(pieces, where):
    text, labelled = "", []
    for p in pieces:
        s, lab = (p, None) if isinstance(p, str) else p
        if s.startswith("\n"):
            body = s.lstrip("\n"); text += s[: len(s) - len(body)]
        else:
            body = s
            if text:
                text += " "
        assert body == body.strip(), (where, s)
        a = len(text); text += body
        if lab:
            labelled.append((a, len(text), lab))
    sents = set(sentences(text))
    findings, negatives = [], []
    for a, b, lab in labelled:
        assert (a, b) in sents, f"{where}: not one sentence: {text[a:b]!r} in {[text[x:y] for x, y in sorted(sents)]}"
        rec = {"start": u16(text, a), "end": u16(text, b), "text": text[a:b]}
        if lab in KIND:
            findings.append({"kind": KIND[lab], **rec})
        else:
            assert lab in NEGS, lab
            negatives.append({"type": lab, **rec})
    return text, findings, negatives


def stats(gold):
    spans, with_kind, negs = Counter(), Counter(), Counter()
    clean = clean_neg = two = 0
    for g in gold:
        kinds = {f["kind"] for f in g["findings"]}
        for f in g["findings"]:
            spans[f["kind"]] += 1
        for k in kinds:
            with_kind[k] += 1
        for x in g["negatives"]:
            negs[x["type"]] += 1
        if not g["findings"]:
            clean += 1
            clean_neg += bool(g["negatives"])
        two += len(kinds) >= 2
    return {"posts": len(gold), "clean_posts": clean, "clean_posts_with_hard_negative": clean_neg,
            "posts_with_two_kinds": two,
            "spans": {k: spans[k] for k in KIND.values()},
            "posts_with_kind": {k: with_kind[k] for k in KIND.values()},
            "hard_negatives": {t: negs[t] for t in NEGS}}


def main():
    os.makedirs(os.path.join(HERE, "schools"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "posts"), exist_ok=True)
    rng = random.Random(20261202)
    all_posts, all_gold, seen, per_school, schools = [], [], set(), {}, []
    for school, raw in SCHOOLS:
        sid = school["id"]
        built = []
        for n, pieces in enumerate(raw):
            text, f, neg = build(pieces, f"{sid}#{n}")
            assert text not in seen, text
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
        with open(os.path.join(HERE, "posts", f"{sid}.jsonl"), "w", encoding="utf-8") as fh:
            for p in posts:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        all_posts += posts; all_gold += gold
        cfg = school["config"]
        schools.append({"id": sid, "name": cfg["school"]["name"], "place": school["place"],
                        "pupils": len(cfg["pupils"]), "staff": len(cfg["staff"]), "role": cfg["role"]})
        per_school[sid] = stats(gold)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for p in all_posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in all_gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    # re-check every span against the written text, in UTF-16
    texts = {p["id"]: p["text"] for p in all_posts}
    for g in all_gold:
        t16 = texts[g["id"]].encode("utf-16-le")
        for x in g["findings"] + g["negatives"]:
            assert t16[2 * x["start"]:2 * x["end"]].decode("utf-16-le") == x["text"], (g["id"], x)
    total = stats(all_gold)
    summary = {"schools": schools, "posts": total["posts"], "clean_posts": total["clean_posts"],
               "spans": total["spans"], "posts_with_kind": total["posts_with_kind"],
               "hard_negatives": total["hard_negatives"], "spans_total": sum(total["spans"].values()),
               "hard_negatives_total": sum(total["hard_negatives"].values()),
               "clean_posts_with_hard_negative": total["clean_posts_with_hard_negative"],
               "posts_with_two_kinds": total["posts_with_two_kinds"], "per_school": per_school,
               "offsets": "UTF-16 code units, half-open", "kinds": list(KIND.values())}
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, indent=1, ensure_ascii=False); fh.write("\n")
    print(f"posts={summary['posts']} clean={summary['clean_posts']} "
          f"clean_with_hard_negative={summary['clean_posts_with_hard_negative']} two_kinds={summary['posts_with_two_kinds']}")
    print("spans:", summary["spans"], "total", summary["spans_total"])
    print("posts with kind:", summary["posts_with_kind"])
    print("hard negatives:", summary["hard_negatives"], "total", summary["hard_negatives_total"])
    for sid, s in per_school.items():
        print(sid, s["posts"], "clean", s["clean_posts"], s["spans"], s["hard_negatives"])


if __name__ == "__main__":
    main()
