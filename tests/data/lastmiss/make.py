#!/usr/bin/env python3
"""Generate the 'lastmiss' hand-labelled evaluation set (2 invented UK schools, ~300 posts).

Written independently of the engine. Every post below is hand-written; labels are placed inline:
    «K|text»   a finding of kind K   (P pupil_name, S staff_name, I school_identifier, T phone_number,
                                      E email_address, A street_address, C postcode, B date_of_birth)
    ‹t|text›   a planted hard negative of type t (w word, n non_roster_name, o other_school, u number,
                                      g generic_school, s street_no_number, x not_postcode, r other_url)
Each post line is `TAGS | text` (TAGS: c1 emoji-adjacent name, c2 lower-case / apostrophe / possessive
full name, c3 short or word-like first name before day/time/verb/comma/question, c4 hard negative,
oth other kinds, cl plain clean post). "\\n" inside a text is a newline.
Offsets are UTF-16 code units, half-open, as CONTRACT.md says.
Run: python3 make.py   (writes schools/, posts/, posts.jsonl, gold.jsonl, summary.json next to this file)
The script also checks its own labels: every whole-word mention of a roster first/preferred name
(accents folded, any case) and every title+surname of a staff member must be inside a finding or a
negative, and every pupil/staff span must be a roster name.
"""
import json, os, random, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {"P": "pupil_name", "S": "staff_name", "I": "school_identifier", "T": "phone_number",
        "E": "email_address", "A": "street_address", "C": "postcode", "B": "date_of_birth"}
NEG = {"w": "word", "n": "non_roster_name", "o": "other_school", "u": "number", "g": "generic_school",
       "s": "street_no_number", "x": "not_postcode", "r": "other_url"}
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."]

SCHOOLS = {
 "m01-larkfield": {
  "place": "Larkfield",
  "config": {
   "role": "parent",
   "school": {"name": "Larkfield Primary School", "aliases": ["Larkfield Primary", "Larkfield School", "LPS"],
              "hashtags": ["#LarkfieldPrimary"], "handles": ["@LarkfieldPri"], "domains": ["larkfield-pri.sch.uk"],
              "address": "3 Mill Road, Larkfield, Leicester", "postcode": "LE4 7QT", "phone": "0116 496 0321"},
   "pupils": [
    ("Rose", "Clark"), ("Sunny", "Patel"), ("Ivy", "Hughes"), ("June", "Okafor"), ("Lee", "Harper"),
    ("Lei", "Zhang"), ("Glen", "McAllister"), ("Jade", "O'Brien"), ("Hunter", "Mills"), ("Summer", "Walsh"),
    ("Faith", "Adeyemi"), ("Autumn", "Price"), ("Jordan", "Blake"), ("Chelsea", "Barnes"), ("Grace", "Mensah"),
    ("Ángel", "Romero"), ("Máté", "Kovács"), ("Rún", "Sigurðardóttir"), ("Sơn", "Nguyễn"), ("Noël", "Girard"),
    ("Can", "Yılmaz"), ("Ali", "Hassan"), ("Kai", "Thompson"), ("Ana", "Ferreira"), ("Joanna", "Kamińska", "Jo"),
    ("Poppy", "D'Souza"), ("Aoife", "O'Neill"), ("Liam", "O'Connor"), ("Amara", "Okonkwo"), ("Zofia", "Wiśniewska"),
    ("Łukasz", "Nowak"), ("Oliver", "Bennett"), ("Amelia", "Shah"), ("Muhammad", "Iqbal"), ("Aisha", "Rahman"),
    ("Harry", "Cole"), ("Freya", "Morgan"), ("Isla", "Fraser"), ("Noah", "Williams"), ("Olivia", "Kaur"),
    ("Arjun", "Sharma"), ("Priya", "Desai"), ("Yusuf", "Demir"), ("Elif", "Aydın"), ("Mateo", "García"),
    ("Lucía", "Fernández"), ("Tomás", "Silva"), ("Íris", "Costa"), ("Hùng", "Trần"), ("Vân", "Phạm"),
    ("Blessing", "Eze"), ("Precious", "Nwosu"), ("Favour", "Adebayo"), ("Willow", "Reid"), ("Robin", "Hayes"),
    ("River", "Jones"), ("Holly", "Marsh"), ("Daisy", "Taylor"), ("Ruby", "Evans"), ("Reuben", "Stone"),
    ("Theo", "Brooks"), ("Mia", "Kowalczyk"), ("Ellie-Mae", "Watts"), ("Thomas", "Wright", "Tommy")],
   "staff": [
    ("Helen", "Bell", "Mrs"), ("David", "Hill", "Mr"), ("Dawn", "Parker", "Miss"), ("Nadia", "Hussain", "Ms"),
    ("Tom", "Green", "Mr"), ("Sarah", "Winter", "Mrs"), ("Chloe", "Day", "Miss"), ("Rajesh", "Kumar", "Mr"),
    ("Anne", "Baker", "Mrs"), ("Ben", "Foster", "Mr"), ("Gwen", "Lloyd", "Mrs"), ("Jess", "Fox", "Miss"),
    ("Bola", "Adeyinka", "Mrs")]}},
 "m02-thornleigh": {
  "place": "Thornleigh",
  "config": {
   "role": "staff",
   "school": {"name": "Thornleigh Park Academy", "aliases": ["Thornleigh Park", "Thornleigh Academy", "TPA"],
              "hashtags": ["#ThornleighPark"], "handles": ["@ThornleighParkAc"], "domains": ["thornleighpark.org.uk"],
              "address": "120 Coronation Road, Thornleigh, Bristol", "postcode": "BS13 8PW", "phone": "0117 496 0742"},
   "pupils": [
    ("William", "Shaw", "Will"), ("Márk", "Szabó"), ("Richard", "Osei", "Rich"), ("Joy", "Adewale"), ("Hope", "Sinclair"),
    ("Amber", "Doyle"), ("Miles", "Carter"), ("Chase", "Ward"), ("Sky", "Robertson"), ("Hazel", "O'Sullivan"),
    ("Rowan", "Pike"), ("Destiny", "Campbell"), ("Rán", "Einarsdóttir"), ("Tín", "Võ"), ("Léa", "Moreau"),
    ("Josephine", "Mahoney", "Jo"), ("Ali", "Raza"), ("Kai", "Nakamura"), ("Ana", "Popescu"), ("Mohamed", "Abdi", "Mo"),
    ("Lei", "Wang"), ("Grace", "D'Mello"), ("Keira", "O'Hara"), ("Ciarán", "Murphy"), ("Róisín", "Kelly"),
    ("Siobhan", "D'Arcy"), ("Moussa", "N'Diaye"), ("Jake", "Fernandes"), ("Chloé", "Dubois"), ("Maja", "Kowalska"),
    ("Jakub", "Lewandowski"), ("Kacper", "Zieliński"), ("Harvey", "Marsh"), ("Ethan", "Clarke"), ("Leah", "Hughes"),
    ("Sophie", "Turner"), ("Kiran", "Gill"), ("Simran", "Bains"), ("Hamza", "Akhtar"), ("Zainab", "Malik"),
    ("Tyrone", "Baptiste"), ("Kemi", "Ogunleye"), ("Tobi", "Adeyemi"), ("Nia", "Williams"), ("Rhys", "Morgan"),
    ("Megan", "Price"), ("Mason", "Hall"), ("Lily-Rose", "Dawson"), ("Heather", "Quinn"), ("Reggie", "Cross"),
    ("Ella", "Frost"), ("Dominik", "Horvat"), ("Emre", "Yıldız"), ("Defne", "Koç"), ("Aarav", "Mehta"),
    ("Isabella", "Rossi"), ("Marcus", "Webb"), ("Marvel", "Okoro"), ("Gift", "Moyo"), ("Oscar", "Bright")],
   "staff": [
    ("Alison", "Reeve", "Dr"), ("Dawn", "Sheridan", "Mrs"), ("Priya", "Nair", "Ms"), ("Gareth", "Evans", "Mr"),
    ("Lauren", "Field", "Miss"), ("Kwame", "Asante", "Mr"), ("Joanne", "Cook", "Mrs"), ("Piotr", "Zając", "Mr"),
    ("Fiona", "McLeod", "Ms"), ("Sam", "Young", "Mr"), ("Linda", "Short", "Mrs"), ("Daniel", "O'Reilly", "Mr")]}},
}

POSTS = r"""
@@ m01-larkfield
# ---- class 1: word-names / accented names next to emoji
c1 | «P|Rose»🏆 player of the match on Saturday!! so proud of the whole team 🥹⚽️
c1 | 🎉🎉«P|Sunny»🎉🎉 star baker in Year 2 this week, the lemon drizzle was unreal
c1 | Massive well done to our little «P|Ivy»🌟 who got the headteacher's award today x
c1 | 🥇«P|Summer» 🥇 1st in the egg and spoon!!! she hasn't stopped talking about it
c1 | Look who lost her first tooth 🦷«P|Faith»🦷 tooth fairy owes her big time 😂
c1 | our «P|Autumn»🍂 did her first reading in assembly and didn't even wobble x
c1 | «P|Jade»💚💚 you were amazing in the show last night sweetheart
c1 | 🏊‍♂️«P|Hunter»🏊‍♂️ got his 10m badge today, we're all a bit emotional
c1 | 🎂«P|Grace»🎂 says thank you for all the lovely cards and presents!!
c1 | Big shout out to «P|Chelsea» 👏👏 for reading to the reception kids every Friday
c1 | «P|Glen» 🚲 rode all the way to school without stabilisers this morning!!
c1 | ❤️«P|Willow»❤️ and «P|Daisy» ❤️ inseparable since nursery 🥹
c1 | «P|River»🌊 managed to fall in the pond on the trip, spare clothes anyone?? 🙈
c1 | Congrats «P|Holly»🎄 got the part of ‹n|Mary› in the nativity!!!
c1 | 🌹«P|Rose»🌹 has been picked for the Young Voices choir! 🎶
c1 | «P|Poppy»🎨 painting is up in the library window, go and have a look x
c1,c4 | 🙏🏾«P|Blessing»🙏🏾 you are a little ‹w|angel› for helping my «P|Daisy» when she fell over at break
c1,c4 | «P|Precious»🎤 singing a solo at the ‹w|summer› fair!! get there for 2
c1,c4 | ⚽«P|Favour»⚽ 2 goals against ‹o|St Joseph's› yesterday 🔥🔥
c1,c4 | «P|Ángel»🐑 was the best shepherd, no contest 😂 and the ‹w|angel› ‹n|Gabriel› was brilliant too
c1 | «P|Máté» 🎂🎉 had the best party at the trampoline park, thanks for coming everyone
c1,c4 | «P|Rún»🏃‍♀️ smashed the fun ‹w|run› on Sunday, 5k at 8 years old!!
c1,c4 | ⭐️«P|Sơn»⭐️ star of the week in Oak class and my ‹w|son› is made up, that's his best ‹w|mate› 😁
c1 | «P|Noël»🎅 handing out the presents at the Christmas fair this year 😂 his dad's idea
c1 | 💜«P|Íris»💜 has settled in so well, thank you all for being so welcoming to her and her mum
c1 | «P|Vân»👑 queen of the spelling bee 🐝
c1 | «P|Hùng»🥋 yellow belt!!!
c1 | 🍕«P|Can»🍕 and «P|Kai» ate a whole pizza each at the party 😂 sorry «P|Can»'s mum
c1 | «P|Lei» 🐼 brought the class panda home this weekend, photos are in the diary
c1 | «P|June»🌸 and her nan did the sponsored walk, 12 miles!! 👏
c1 | 🌞«P|Sunny»🌞 got the 100% attendance award 👏👏
c1 | Well done «P|Ivy» 🥉 third in the long jump
c1 | «P|Jordan»🏀 asks every single day when basketball club starts again
c1 | Ohhh «P|Jade» ✨✨ looked stunning at the school disco
c1 | «P|Autumn» 😍 and «P|Summer» 😍 singing together, not a dry eye in the hall
c1 | 🎻«P|Faith»🎻 passed her first violin exam — merit!!
c1 | «P|Lee»🦖 went as a T-rex for World Book Day 🤣 from The Dinosaur That Pooped a Planet apparently
c1 | thank u «P|Ruby»💐 for the flowers, mine came home beaming
c1 | 🐛«P|Theo»🐛 found a caterpillar at forest school and has named it ‹n|Dave›
c1 | Happy birthday «P|Hunter»🎈🎈🎈!!
c1,c4 | «P|Robin» 🐦 drew a ‹w|robin› for the Christmas card competition and it WON 😭
c1 | So proud 🥲 «P|Poppy» 🥲 read a whole chapter book on her own
c1 | 😂😂«P|Tommy»😂😂 told «S|Mr Kumar» that his nan is 200 years old
c1 | «P|Holly» & «P|Ruby»🐣 have watched the chick cam every morning this week
c3 | Lovely message from «P|Íris»'s mum 💕 thank you «P|Amara» for sharing your snack 🍎
c3,c4 | «P|Ángel» as an ‹w|angel› in the nativity 😇 the irony, he's been a nightmare all week
c1 | 🚒«P|Jordan» and «P|Reuben»🚒 loved the fire engine visit
c1 | «P|Summer»🌈 painted the rainbow for the hospital window display

# ---- class 2: lower-case full names, apostrophes in surnames, possessives
c2 | well done to «P|jade o'brien» for her certificate in assembly today x
c2 | Found a lunchbox with «P|rose clark»’s name on it in the playground, it's on the bench by the gate
c2 | omg «P|poppy d'souza»'s mum you are a legend for the cupcakes 🧁
c2 | does anyone know if «P|liam o’connor» is coming to the party on sat? need numbers for the soft play
c2 | «P|aoife o'neill»’s reading folder got mixed up with ours, will drop it back tmrw
c2 | «P|sunny patel» and «P|hunter mills» were the funniest double act in the talent show 😂
c2,c4 | pls ‹w|can› whoever has «P|ivy hughes»' cardigan check their bags, navy with a name tape
c2 | «P|ana ferreira»’s dad has offered to do a lift share from the top estate if anyone needs
c2 | congrats to «P|glen mcallister» for finishing the 5 mile sponsored bike ride!!
c2 | «P|summer walsh» and «P|faith adeyemi» are doing a cake stall for charity tomorrow at pick up, bring coins 🍰
c2 | «P|zofia wiśniewska»'s mum has the spare costume if anyone still needs one
c2 | «P|lukasz nowak» is the new class rep for oak class! 🎉
c2 | «P|mate kovacs» has been picked for the chess team 🧠 his dad is beside himself
c2 | «P|angel romero»’s invite says sat 2pm but the hall is booked from 3?? which is it
c2 | «P|son nguyen» and «P|hung tran» have been best friends since reception, so cute
c2 | «P|noel girard»'s dad brought in the french cheese for international day, the smell 😂
c2 | «P|chelsea barnes»' little brother starts in reception in september
c2 | «P|can yilmaz»’s lunchbox is in lost property, the one with the dinosaurs on
c2 | «P|iris costa» and «P|van pham» made the best volcano for science week 🌋
c2 | «P|rún sigurðardóttir»’s mum asked me to post: she's lost a green glove between the gate and the co-op
c2 | «P|autumn price»'s party is at the soft play on the 14th, invites went in book bags today
c2 | thanks to «P|lee harper»'s dad for fixing the gate latch 👍
c2 | «P|lei zhang» won the handwriting competition!!! 🖋
c2 | «P|grace mensah» and «P|blessing eze» are the new school councillors for year 5 🗳
c2 | «P|jordan blake»'s football boots went home with someone else, size 1 nike, pls check
c2 | «P|kai thompson» and «P|ali hassan» were so kind to the new boy today, his mum messaged me
c2 | «P|muhammad iqbal»’s mum is asking if anyone has a spare book bag
c2 | «P|precious nwosu»’s auntie made the jollof for the international evening 🔥🔥
c2 | lost: «P|poppy d’souza» school jumper age 7-8, name tape inside
c2 | has anyone got «P|june okafor»'s mum's number? for the party
c2 | «P|jade o’brien» and «P|rose clark» are in the same swimming group now, car share anyone?
c2 | «P|elif aydın»’s coat was on our peg all week, it's back on hers now
c2 | «P|tomas silva» in goal for the penalty shootout at the fair, 50p a go
c2 | «P|joanna kaminska» and «P|mia kowalczyk» walking to school together now, such big girls
c2 | «P|ellie-mae watts»'s birthday bags were amazing, where did you get them?
c2 | shout out to «P|willow reid»’s grandad who fixed all the bikes at the bike safety morning

# ---- class 3: short / word-like first names before a day, time, verb, comma or question
c3 | pick up for «P|Lee» weds is me not his dad, just so the office know 👍
c3 | Invite says 2pm — for «P|Glen», is that right? or 2.30?
c3 | «P|Lei» has a dentist appointment at 10 so she'll be late, could someone tell «S|Miss Day» at the door pls
c3 | Need a babysitter for «P|June» on Friday 6-10pm, any recommendations? 🙏
c3 | Happy 6th birthday «P|jordan»!! hope you have the best day xx
c3 | congrats to «P|Chelsea» on the 25m badge!! 🏊‍♀️
c3 | «P|Kai» tuesday after school club?? or is it wednesday now
c3 | is «P|Ana» coming to the cinema trip tomorrow?
c3 | «P|Jo», your water bottle is in our car 😂 will bring it in
c3,c4 | Does «P|Ali» walk home on his own now? mine keeps asking if he ‹w|can›
c3 | «P|Ivy» says there's no homework this week? is that right
c3 | «P|Sunny», «P|Kai» and «P|Lee» at the park at 3 if anyone's free 👍
c3 | «P|Can» is off today with a temperature, could someone let «S|Mrs Bell» know pls, office phone is engaged
c3,c4 | «P|Faith» tomorrow? we ‹w|can› drop her home after
c3,c4 | «P|Hunter» wants to know if «P|Robin» ‹w|can› come for tea thurs 🍝
c3 | «P|Summer», «P|Autumn» and «P|June» in one class, it's like a calendar 😂
c3,c4 | ‹w|Can› I ask, is «P|Rose» doing the sponsored silence Friday?
c3 | «P|Grace» won't be at swimming Thursday, she's got a verruca 🙈
c3 | Thanks for having «P|Jade» yesterday, she hasn't stopped talking about your dog
c3 | «P|Máté» left his coat at ours, will bring it Monday
c3 | «P|Noel», «P|Angel» and «P|Hung» were the three kings 👑👑👑 absolute chaos
c3 | Is «P|Rún» allergic to anything? doing party bags
c3,c4 | «P|Sơn» Thursday — ‹w|can› he come to ours after school?
c3 | Pick up for «P|Vân» today is her grandma, she knows the password
c3 | «P|June» and her little brother are both off with chickenpox, sorry to whoever sat next to her on Friday 🙈
c3 | did «P|Glen» get picked for the team? «P|Lee» hasn't said a word
c3 | «P|Lei», «P|Ana» and «P|Jo» are all in the same reading group now 📚
c3 | Tell «P|Ali» happy birthday from us! 🎈
c3 | «P|Chelsea» was a superstar today, helping the little ones at lunch
c3 | Anyone walking past the shop at 8.30? «P|Kai» forgot his PE kit 🙄
c3 | «P|Íris» has started Brownies on Tuesdays if any other girls want to join
c3 | «P|Hunter», «P|Jordan» — football 10am Sat, shin pads!!
c3 | morning! is «P|lee» ok after yesterday? he took a proper tumble off the climbing frame
c3 | What time does «P|Lei» finish choir? 4 or 4.15?
c3 | «P|Rose» starts at 8.45 now for breakfast club? or 8.30
c3 | «P|Ivy», «P|Rose» and «P|Jade» have formed a band. god help us all 🎸😂
c3 | Was «P|Sunny» at school today? mine said he wasn't
c3 | Sleepover at ours for «P|Faith» saturday if that's still ok with you hun x
c3,c4 | «P|Autumn» wants to bring «P|Summer» to Brownies, ‹w|can› she?
c3 | «P|June» starts swimming lessons Monday at 5, anyone else going to the leisure centre?
c3 | hi all, «P|Glen» lost his reading book — if it turns up in anyone's bag it's the one about the owl
c3 | «P|Jordan» and «P|Reuben» had a falling out at lunch, all sorted now but just so you know
c3 | Is «P|Grace», «P|Faith» or «P|Blessing» doing gymnastics this term?
c3 | «P|Vân»? «P|Hùng»? has anyone seen a little blue water bottle with a fox on
c3 | «P|Jo» said «P|Can» pushed her in the line, have a word pls 🙏 (no drama just ‹w|can› we sort it)
c3 | «P|Ivy» wed 3.15 → grandad, thurs → me
c3 | is it «P|June» or «P|Ivy» who's allergic to kiwi?? I've made fruit kebabs 😬
c3 | «P|Chelsea», «P|Jade» — cheer practice moved to 5pm Tuesday

# ---- class 4: the same words used as words
c4 | Someone's planted new roses in the ‹w|rose› bed by the office 🌹 looks gorgeous
c4 | Forecast says ‹w|sunny› 🌞 for sports day!!! sun cream and hats please
c4 | Is sports day in ‹w|June› this year or July? need to book time off work
c4 | The ‹w|ivy› has taken over the fence by the reception gate, someone's going to trip on it
c4 | you're my guardian ‹w|angel› for picking up today 😭😭 owe you a brew
c4 | Cheers ‹w|mate›, owe you one 🍺
c4 | Fun ‹w|run› this Saturday 10am, ‹u|£5› entry, all money goes to the PTA 🏃‍♂️🏃‍♀️
c4 | My ‹w|son› says there's a new teacher in Year 3? anyone know who
c4 | Ice cream ‹w|van› outside the gates again at pick up 🍦 thanks for that 🙄
c4 | Just ‹w|hung› the washing out and now it's chucking it down ☔
c4 | Anyone know the words to The First ‹w|Noel›? mine keeps making them up 😂
c4 | bought a purple ‹w|iris› for the class garden 💜 hope it survives
c4 | ‹w|Can› anyone lend us a plain white t-shirt for tomorrow? 🙏
c4 | ‹w|Jade› green hair bobbles back in at the uniform shop if anyone was after them
c4 | ‹w|Chelsea› won ‹u|3-0› so the house is happy today 😂⚽
c4 | Anyone been to ‹w|Jordan› with kids? looking at Petra for Easter
c4 | ‹w|Hunter› wellies are half price in the Aldi middle aisle 👢
c4 | ‹w|Autumn› term dates are up on the website now
c4 | We said ‹w|grace› before tea at Brownies and now she insists on it every night 😂
c4 | Keep the ‹w|faith› people, only 3 weeks till half term 😂
c4 | Walked up the ‹w|glen› at the weekend, the kids moaned the whole way 🏴󠁧󠁢󠁳󠁣󠁴󠁿
c4 | Made a ‹w|lei› for Hawaiian day, paper flowers all over the kitchen 🌺
c4 | They all ‹w|rose› to the occasion at the concert 👏 well done Year 4
c4 | A ‹w|robin› has been sitting on the fence by Year 1 every morning 🐦
c4 | ‹w|Holly› wreath workshop at the church hall on Sat, ‹u|£12› including mince pies
c4 | ‹w|Poppy› appeal — remembrance poppies ‹u|£1› from the office
c4 | ‹w|Willow› class are going to the farm on Thursday, packed lunch needed
c4 | Do me a ‹w|favour› and check lost property for a red hat?
c4 | the broken boiler was a ‹w|blessing› in disguise, 3 days off 😂
c4 | ‹w|Summer› fair raised ‹u|£2,340›!!! thank you everyone ❤️
c4 | ‹w|ruby› red glitter EVERYWHERE after the craft afternoon
c4 | ‹w|daisy› chains all over the field at lunch, so sweet 🌼
c4 | The ‹w|river› walk is flooded so the trip is going the long way round
c4 | Is half term the end of May or the start of ‹w|June›?
c4 | we've ‹w|run› out of ‹w|angel› costumes, anyone got tinsel?? 🤩
c4 | ‹w|Son› has just told me at 9pm he needs a Viking costume tomorrow. Brilliant. 🙃
c4 | moving ‹w|van› blocking the top gate again 🙄
c4 | the field is ‹w|sunny› for once ☀️ get them in shorts
c4 | Wild ‹w|ivy› and brambles all along the nature trail, long trousers please
c4 | a ‹w|precious› hour of quiet before pick up ☕
c4 | ‹w|Faith› school places — anyone applying for ‹o|St Anne's›?
c4 | The first of ‹w|June› is a Monday so they're back then?
c4 | ‹w|Can› someone remind me what time the disco finishes? 🪩
c4 | my ‹w|mate› from work says the ‹g|primary school› in the next village has the same lice letter 😂
c4 | ‹w|Sunny› day, park after school? 🌞
c4 | went to see the ‹w|rose› garden at the castle on the school trip, gorgeous 🌹
c4 | our dog ate my ‹w|son›'s reading book. genuinely. who do I tell 🐶📕
c4 | ‹w|Summer› uniform from after Easter? or ‹w|June›?
c4 | That ‹w|Hunter› Valley wine at the PTA quiz 🍷 never again
c4 | "It's a ‹w|blessing› and a curse" the class hamster is coming to ours for half term 🐹
c4 | The ‹w|iris› scanner at the airport took longer than check in 😂 back from hols now
c4 | the ‹w|van› driver nearly clipped a child on the zebra crossing, please be careful

# ---- the same word as a name and as a word in one post
c3,c4 | «P|Rose» picked a ‹w|rose› from our garden for «S|Mrs Bell» 🌹 hope that's allowed
c3,c4 | «P|Sunny» says it's too ‹w|sunny› to wear his coat. it's 8 degrees.
c3,c4 | «P|Máté» and my ‹w|son› are inseparable these days
c3,c4 | «P|June» will be off the last week in ‹w|June›, we're at a wedding in Portugal
c3,c4 | «P|Ivy» pulled all the ‹w|ivy› off the shed 😂 dad is thrilled
c3,c4 | that girl ‹w|can› ‹w|run›! «P|Rún» left them all behind in the 400m 🏃‍♀️
c3,c4 | «P|Hùng» ‹w|hung› his coat on the peg on his own today, reception win 🙌
c3,c4 | «P|Vân»'s dad has a ‹w|van›, he's offered to take the tombola stuff to the hall
c3,c4 | «P|Noël» sang The First ‹w|Noel› solo at the carol concert 🎄
c3,c4 | «P|Can» ‹w|can› come to the party, thanks for the invite!
c3,c4 | «P|Grace» said ‹w|grace› at the harvest festival 🍎
c3,c4 | «P|Íris» brought in ‹w|iris› bulbs for planting day 🌷
c3,c4 | «P|Autumn» collected ‹w|autumn› leaves for the display 🍁
c3,c4 | «P|Sơn», that's my ‹w|son›'s best friend, is moving to Leeds 😢

# ---- other kinds
oth | If anyone finds a blue scooter near the gate text me on «T|07700 900461» thanks 🛴
oth | Party invite: «P|Faith»'s 7th, 2-4pm, «A|14 Fernhill Road, Larkfield» «C|LE4 9RS», RSVP to «T|07700 900218»
oth | Reminder from the office: term dates are on «I|larkfield-pri.sch.uk/term-dates»
oth | school number is «I|0116 496 0321» if you need to report an absence, press 1
oth | So proud of all our little ones at «I|#LarkfieldPrimary» today 💙
oth | Nativity tickets go on sale tomorrow, details on «I|@LarkfieldPri»
oth | Anyone know if «I|Larkfield Primary» does wraparound care in the holidays?
oth | Deliveries for the fair go to «I|3 Mill Road, Larkfield, Leicester» «I|LE4 7QT», back gate
oth | sat nav postcode for the school is «I|LE47QT» if you're new 👍
oth | trip form asks for DOB in dd/mm/yyyy — «P|Ivy»'s is «B|02/09/2017» if anyone's stuck on the format
oth | «P|Summer» turns 7 on «B|3rd March», party the weekend before 🎉
oth | email me on «E|sarah.k.mum@gmail.com» if you want to join the reading rota
oth | Our new address for the christmas cards: «A|27b Orchard Close, Larkfield» «C|LE4 8HD» 🎄
oth | Lost cat near the school, ring «T|+44 (0)7700 900933» if you see her x
oth | «P|Theo» was born on «B|31st August» so he's always the youngest 😩
oth,c4 | We moved from ‹o|Oakwood Primary› to «I|Larkfield School» in September and «P|Mia» loves it
oth | Uniform polos are ‹u|£8.50› each now, ouch
oth | PTA account for the raffle: sort code ‹u|20-45-77› — ask «S|Mrs Lloyd» for the rest
oth | Anyone want to swap a gymnastics slot? ‹u|4.30-5.15› Tuesdays at the leisure centre
oth | «P|Harry» and «P|Freya» are doing the readings at the Easter service at St Peter's church
oth | Roadworks on ‹s|Fernhill Road› all week, leave early
oth | Call me on «T|0116 496 0577» (landline, mobile's dead)
oth | «P|Olivia»'s birthday is «B|14 June» so the party will be in the park 🎈
oth | parking on the zigzags again, «S|Mr Hill» has asked us to remind everyone 🙄
oth | Ask «S|Miss Parker» in the office for a spare book bag, they're ‹u|£4.50›
oth | «S|Mrs Winter» has said the ‹w|Autumn› term trip money is due Friday
oth | Does anyone have «S|Ms Hussain»'s email? I know it's on the website somewhere
oth | «S|Mr Green» and «S|Miss Fox» were brilliant on the residential, thank you both 🙏

# ---- plain clean posts
cl | Anyone know if the car park is open this morning? gates were locked at 8.20
cl | Has anyone got a spare recorder? ours has vanished into thin air 🙄
cl | Is it PE on Tuesday or Wednesday for year 3?
cl | Whoever took home the wrong coat from the party, ours is M&S age 8
cl | thank you to all the dads who helped put the marquee up 🙏
cl | Homework app is down again 🤦‍♀️
cl | Lice letter came home again. Here we go 🙃
cl | Christmas jumper day is the 12th not the 15th, just checked with the office
cl | the puddle at the back gate is now a lake 🦆
cl | Does anyone have a pair of black school shoes size 13 they don't need?
cl | Bake sale went brilliantly, nothing left by half 3!
cl | Parents' evening slots are live on the app, go go go
cl | Who's organising the teacher present this year? happy to chip in
cl | Heads up, the lollipop lady is off this week so be careful crossing
cl | reading records — do we sign every night or just at the weekend?
cl | anyone else struggling with the new maths method lol, bus stop division?? 😩
cl | thanks for the lovely evening at the quiz everyone, same time next year
cl | is the after school club open on the inset day?

@@ m02-thornleigh
# ---- class 1
c1,oth | 🏅«P|Joy»🏅 county champion in the 800m! Huge congratulations from everyone in PE «I|#ThornleighPark»
c1 | «P|Hope»🎭 absolutely stole the show as Lady Macbeth last night 👏👏
c1 | Year 10 STEM winners: «P|Miles»🚀, «P|Chase»🚀 and «P|Destiny»🚀 off to the regional final next month!
c1,c4 | Goal of the season contender from «P|Sky» ⚽🔥 against ‹o|Kingsmead Academy›
c1 | «P|Amber»🎨 has had her GCSE art piece chosen for the county exhibition
c1 | 📚«P|Hazel»📚 read 40 books for the reading challenge this year, incredible
c1 | 🌳«P|Rowan»🌳 planted the first tree in the new eco garden this morning 💚
c1 | 🥇«P|Rán»🥇 first in the Year 9 maths challenge, a school record
c1 | «P|Tín» 🎹 grade 5 piano with distinction!
c1 | 🇫🇷«P|Léa»🇫🇷 helping with Year 7 French club every Wednesday, merci!
c1 | «P|Márk»🏓 through to the national table tennis finals in Sheffield
c1 | «P|Will» 🎸 and «P|Mo» 🥁 opened the spring concert — what a start
c1 | Congratulations «P|Rich» 🎓 offered a place to read History at Durham
c1 | 🏀«P|Gift»🏀 named MVP at the county tournament
c1 | «P|Marvel»✨ led the whole-school assembly for Black History Month
c1 | «P|Heather»🏑 selected for the county U16 hockey squad
c1 | «P|Kai»🥋 black belt at 14!
c1 | 🎤«P|Ana»🎤 debating champion two years running
c1 | Proud form tutor moment 🥹«P|Grace»🥹 stayed behind to tidy the whole room without being asked
c1 | «P|Lei»🔬 won the Year 8 science fair with her water filter
c1 | 🎉«P|Destiny»🎉 passed her driving test first time (sixth form news!)
c1 | ⚽️«P|Will»⚽️ hat-trick in the cup tie, 3 goals in 20 minutes
c1 | «P|Hope» 💙 thank you for organising the bake sale for the food bank
c1 | 🎭«P|Joy» & «P|Marvel»🎭 brilliant leads in the Year 11 production
c1 | «P|Sky»📷 photo has been picked for the front of the school calendar
c1 | «P|Chase»🏃‍♂️ new school record in the 100m: ‹u|11.4›s
c1,c4 | «P|Rán»🏃‍♀️ ‹w|ran› the cross country in record time
c1 | Big well done 👏🏽«P|Jo»👏🏽 for covering reception at lunch when we were short
c1 | «P|Miles» 🎺 and «P|Rowan» 🎻 in the county youth orchestra!
c1 | Huge thanks to «P|Márk» 🙌 and «P|Tín» 🙌 for fixing the projector in the hall 😂
c1 | 🧪«P|Amber»🧪 and «P|Heather» top of the Year 12 chemistry olympiad

# ---- class 2
c2 | «P|hazel o'sullivan»'s coursework folder is on my desk if anyone sees her
c2 | «P|will shaw» 10Y2 has a detention tonight, form tutor pls remind him
c2 | «P|keira o’hara»’s mum rang about the bus pass, could someone in the office call her back
c2 | «P|moussa n'diaye»’s blazer is in lost property, name in the collar
c2 | «P|grace d'mello» and «P|siobhan d’arcy» were brilliant guides at open evening, thank you both
c2 | «P|marvel okoro»'s mock results are through, really pleased for him
c2 | «P|rich osei»'s UCAS reference is done, just needs sign off from «S|Dr Reeve»
c2 | «P|joy adewale» has been called up to the england u17 squad!!
c2 | «P|mark szabo»’s permission slip for Berlin is still missing
c2 | «P|ran einarsdottir»'s DofE bronze is signed off 🎉
c2 | «P|tin vo» and «P|lea moreau» presented to the governors last night, superb
c2 | «P|amber doyle»'s locker key has been handed in at reception
c2 | «P|jo mahoney» needs to collect her phone from «S|Mrs Sheridan» at 3.15
c2 | «P|ciaran murphy» and «P|roisin kelly» are running the Irish dancing club from next week
c2 | «P|hope sinclair»'s parents have asked for a call back re options
c2 | «P|chloé dubois»'s exchange partner arrives Monday, please be welcoming
c2 | «P|kacper zielinski» and «P|jakub lewandowski» — both left their PE bags in the changing rooms
c2 | «P|defne koç»’s laptop charger is in the IT office
c2 | «P|destiny campbell»'s work experience placement fell through, any contacts?
c2 | «P|sky robertson» 9R — missing homework x3 this week
c2 | «P|rowan pike»’s mum says he's been bullied on the bus, can you pick this up «S|Mr Asante»? — hmm
c2 | «P|heather quinn» and «P|lily-rose dawson» are the new Year 12 reps
c2 | «P|miles carter»'s trumpet is in the music office
c2 | «P|siobhan d'arcy»'s sister is joining Year 7 in september
c2 | «P|moussa n’diaye» and «P|keira o'hara» did the readings at the remembrance assembly
c2 | «P|gift moyo»'s football boots went home with someone from 10Y1
c2 | «P|emre yildiz» 8T — left his tie in my room again 😂
c2 | «P|rich osei» and «P|márk szabó» — prefect duty at the canteen doors wk beg 12th

# ---- class 3
c3 | «P|Will» has been moved to 10X3 from Monday, registers updated on SIMS
c3 | «P|Rich», «P|Mo» and «P|Kai» — prefect meeting P5 in the library please
c3 | Is «P|Jo» in today? not in period 1 and not on the late list
c3 | «P|Ali» Thursday 3.30, after school detention with «S|Mr Evans»
c3 | Is «P|Hope» doing Duke of Edinburgh this year? need numbers by Friday
c3 | «P|Márk» has a hospital appointment tomorrow 9am, back for period 3
c3,c4 | «P|Chase» ‹w|will› be late, his bus has broken down on the bypass
c3 | Could «P|Miles» come and see me at break? nothing bad!
c3 | «P|Amber» said she's on the prom committee? news to me
c3 | Thanks «P|Sky», brilliant effort in the quiz today
c3 | «P|Joy» Friday — county trials, she'll miss periods 4 and 5
c3 | «P|Lei» has been off since Tuesday, any news from home?
c3 | «P|Ana» wednesday lunchtime, debate club in M4
c3 | «P|Rán» is going to Reykjavík for two weeks in term time, attendance team are aware
c3,c4 | «P|Gift» ‹w|ran› the fastest time at the trials yesterday
c3 | «P|Tín» is ill, mum rang at 8
c3 | Did «P|Heather» hand in her coursework?
c3 | «P|Mo», «P|Ali» — exams in the sports hall tomorrow 9am, be there for 8.45
c3 | «P|Kai» 2.15 dentist, signing out at reception
c3 | «P|Destiny» is off Monday for a family funeral
c3,c4 | «P|Will» ‹w|will› be captain for the Year 11 match 😂
c3 | «P|Hazel», «P|Rowan» and «P|Heather» — the tree form 😂 all in 8R
c3 | «P|Rich» took the minibus keys home, please return asap!
c3 | Has «P|Marvel» got a laptop at home for the online homework?
c3 | «P|Léa»? anyone? her French oral has moved to Thursday
c3 | «P|Joy», «P|Hope» and «P|Grace» are the new head girl team
c3 | «P|Mo» forgot his inhaler again, spare is in the medical room
c3 | «P|jo» and «P|ana» are covering the charity stall at 12
c3 | «P|Miles» Tuesday — music exam in the hall, please release him from maths
c3 | can someone tell «P|Chase», his mum is picking him up at 2
c3 | «P|Sky» says the homework wasn't set on Teams? «S|Miss Field» can you check
c3 | «P|Gift», «P|Marvel» — the mentors from Year 12 start Monday
c3 | «P|Ali» and «P|Lei» have swapped into 9S for science from tomorrow
c3 | Where's «P|Rowan»? he signed in but hasn't been to period 2
c3 | «P|Grace» Wednesday: orthodontist 11:00, parents have emailed
c3 | «P|Mo», see me about the football kit please
c3 | is «P|will» going on the Berlin trip or not? need the final list tonight

# ---- class 4
c4 | ‹w|Will› the parents' evening booking system be open by Friday?
c4 | Please ‹w|mark› the Year 9 mocks by the end of half term 🙏
c4 | Only 3 ‹w|miles› left on the sponsored walk, the staff team are flagging 😅
c4 | ‹w|Amber› weather warning for tomorrow — check emails before 7am for any closure info
c4 | ‹w|Sky› Sports are filming at the county final, consent forms needed for anyone in shot
c4 | ‹w|Hope› to see lots of you at the Year 11 information evening
c4 | It's a ‹w|joy› to teach this Year 13 group, what a bunch
c4 | ‹w|Chase› up the missing consent forms for the Berlin trip please, deadline Friday
c4 | Year 7 ‹w|ran› the tuck shop brilliantly today, ‹u|£186› for charity
c4 | Biscuit ‹w|tin› in the staffroom is empty AGAIN 😤
c4 | Hang on a ‹w|mo›, has anyone actually booked the coach?
c4 | ‹w|Marvel› film night for Year 7 on Friday, ‹u|£3› including popcorn 🍿
c4 | Thank you for the lovely ‹w|gift› and cards, I'm going to miss you all 🎁
c4 | DofE group got lost in the ‹w|heather› on the moor for 20 minutes, all safe and well now 😅
c4 | Coppicing the ‹w|hazel› in the woods with the forest school group today 🌳
c4 | Coursework ‹w|grace› period ends at 4pm Friday, no extensions after that
c4 | ‹w|Rich› Tea biscuits for parents' evening? or are we going fancy this year 😂
c4 | Berries from the ‹w|rowan› trees by the car park are all over the paths, mind how you go
c4 | Mock results ‹w|will› be out on Friday. Please don't share grades before then.
c4 | Lovely ‹w|amber› and gold colours on the field this morning 🍂
c4 | a ‹w|rich› discussion in Year 12 philosophy today about free ‹w|will› 🤔
c4 | Remember to ‹w|mark› the register by 8.50 please
c4 | ‹w|Hope› you all had a restful half term. Back to it!
c4 | the ‹w|sky› over the field at sunset tonight 🌅 worth staying late for
c4 | We ‹w|ran› out of chairs at the Year 11 evening, apologies to those standing
c4 | ‹w|Destiny› 2 tournament in the IT suite at lunch? absolutely not 😂
c4 | Wait a ‹w|mo›, is P6 cancelled or not?
c4 | Every ‹w|gift› aid form helps, please return them with the trip money
c4 | Minibus leaves at ‹w|dawn› for the Brecon trip 😴 coffee anyone?
c4 | The ‹w|field› is waterlogged so PE is in the sports hall today
c4 | ‹w|Cook› along with us — Year 8 food tech recipes are on the shared drive
c4 | Lost: ‹w|tin› whistle, silver, left in the music block
c4 | ‹w|Joy› of joys, the photocopier is fixed 🎉
c4 | I ‹w|will› be off Thursday, cover work is in the shared drive
cl | Sorry mate, meant to reply earlier — yes I can swap duties
c4 | The ‹g|secondary school› down the road has the same INSET day as us, handy for parents

# ---- the same word as a name and as a word in one post
c3,c4 | «P|Márk» got the top ‹w|mark› in the mock 💯
c3,c4 | «P|Miles» cycled 40 ‹w|miles› for the hospice this weekend, amazing
c3,c4 | «P|Will» said he ‹w|will› bring the form tomorrow. He won't. 🙃
c3,c4 | I ‹w|hope› «P|Hope» feels better soon, nasty fall at netball
c3,c4 | «P|Tín» brought in a ‹w|tin› of biscuits for the class, gone in 5 mins
c3,c4 | «P|Joy» is an absolute ‹w|joy› to teach, that's all
c3,c4 | «P|Amber» on ‹w|amber› in the behaviour system after today 😬
c3,c4 | «P|Gift» brought me a ‹w|gift› from her holiday in Harare, so kind
c3,c4 | «P|Rán» ‹w|ran› the whole session in Icelandic for the languages day 🇮🇸
c3,c4 | «P|Chase», please ‹w|chase› your form for the ski trip
c3,c4 | «P|Rich» has had a ‹w|rich› vein of form in the nets 🏏

# ---- other kinds
oth | Open evening tours can be booked at «I|https://thornleighpark.org.uk/open-evening?year=7»
oth | «I|Thornleigh Park Academy» reception is on «I|0117 496 0742» from 8am
oth | Please could «P|Hamza»'s mum ring me back on «T|07700 900812» — it's about the trip
oth | Lost property is now at the front office, «I|120 Coronation Road, Thornleigh, Bristol»
oth | County form for «P|Kacper Zieliński»: DOB «B|14/02/2011», UPN to follow
oth | Follow «I|@ThornleighParkAc» for snow closure updates ❄️
oth | Work experience address: «A|22 Harbour Street, Portishead» «C|BS20 7DX», report at 9
oth | «P|Tyrone»'s emergency contact has changed to «T|0117 496 0388», SIMS updated
oth,c4 | ‹o|Hartley High School› 2 «I|TPA» 3 in the U15 cup 🔥
oth | Dad's email is «E|m.baptiste@btinternet.com» if the office need it
oth | Fixture vs ‹o|St Bede's› ‹u|3-2› on Saturday, great comeback
oth | Sat navs: use «I|BS13 8PW» and come in by the top gate
oth | «P|Kemi» turns 16 on «B|9th April» so she can't do the work placement until then
oth | Room bookings through ‹u|ext 2214› please
oth | «P|Nia Williams» born «B|03/11/2010» — please check the exam entry matches
oth | Ring the attendance line on «I|0117 4960742» before 8.30 if your child is ill
oth | Please welcome «S|Mr Zajac» who joins the maths department on Monday 👋
oth | «S|Ms McLeod» and «S|Mr O’Reilly» are running the Year 9 options evening
oth | cover for «S|Mrs Cook» P3 and P4 — see the board
oth | «S|Mrs Short»'s retirement do is Friday at the Crown, all welcome 🥂
oth | «S|Mr Young» has the minibus booked for Thursday
oth | thanks to «S|Miss Nair» for a brilliant INSET session 👏
oth | «S|Mrs Evans» — sorry, «S|Mr Evans» — is the new head of Year 10
oth | Parent's mobile is «T|+44 7700 900654», calls after 5 only
oth | The leavers' hoodie website is ‹r|leavershoodies.co.uk›, deadline Friday
oth | «P|Aarav» and «P|Isabella» represented «I|Thornleigh Park» at the regional science fair
oth | ‹x|BS13› buses diverted this week due to roadworks

# ---- plain clean posts
cl | Staff briefing moved to 8.15 tomorrow
cl | Who's got the key for the DT store?
cl | Year 9 reports due to the data team by Friday
cl | Photocopier on the top floor is jammed again
cl | Cake in the staffroom, help yourselves 🍰
cl | Reminder: lanyards must be visible at all times
cl | Fire drill P2 Thursday, please don't tell the kids 🤫
cl | Coach for the Year 8 trip leaves at 7.45 sharp
cl | Any volunteers for the open evening? food provided
cl | INSET day resources are on the shared drive
cl | The heating in the science block is off, coats on 🥶
cl | Great turnout at the Year 7 settling-in evening, thank you all
cl | Does anyone have a spare HDMI cable? mine has walked
cl | Canteen is card only from Monday
"""

# ------------------------------------------------------------------ helpers
SPECIAL = {"ð": "d", "Ð": "D", "þ": "t", "Þ": "T", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
           "ı": "i", "æ": "a", "Æ": "A", "ß": "s", "’": "'", "‘": "'"}


def fold_char(ch):
    if ch in SPECIAL:
        return SPECIAL[ch]
    d = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
    return d if len(d) == 1 else ch


def fold(s):
    return "".join(fold_char(c) for c in s).lower()


def u16(s, i):
    return len(s[:i].encode("utf-16-le")) // 2


MARK = re.compile(r"«([A-Z])\|([^»]*)»|‹([a-z])\|([^›]*)›")


def parse(raw):
    text, finds, negs, pos = "", [], [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        start = len(text)
        body = m.group(2) if m.group(1) else m.group(4)
        text += body
        (finds if m.group(1) else negs).append((m.group(1) or m.group(3), start, len(text)))
        pos = m.end()
    text += raw[pos:]
    if any(c in text for c in "«»‹›"):
        raise ValueError("stray markup: " + raw)
    return text, finds, negs


def is_emojiish(c):
    o = ord(c)
    return o >= 0x2190 and not c.isalnum() or o in (0x200D, 0xFE0F) or 0x1F000 <= o


def main():
    errors, warnings = [], []
    posts_by_school = defaultdict(list)
    school = None
    for line in POSTS.splitlines():
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@@"):
            school = line[2:].strip(); continue
        tags, _, raw = line.partition(" | ")
        raw = raw.replace("\\n", "\n")
        posts_by_school[school].append((tags.split(","), raw))

    all_posts, all_gold = [], []
    spans, negc, classes, class_spans = Counter(), Counter(), Counter(), Counter()
    summary_schools = []
    os.makedirs(os.path.join(HERE, "schools"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "posts"), exist_ok=True)
    for sid, meta in SCHOOLS.items():
        cfg = meta["config"]
        pupils = [dict(first=p[0], last=p[1], **({"preferred": p[2]} if len(p) > 2 else {})) for p in cfg["pupils"]]
        staff = [dict(first=s[0], last=s[1], title=s[2]) for s in cfg["staff"]]
        conf = {"role": cfg["role"], "school": cfg["school"], "pupils": pupils, "staff": staff}
        with open(os.path.join(HERE, "schools", sid + ".config.json"), "w", encoding="utf-8") as f:
            json.dump(conf, f, ensure_ascii=False, indent=1); f.write("\n")
        pupil_ok, first_names = set(), set()
        for p in pupils:
            for given in [p["first"]] + ([p["preferred"]] if "preferred" in p else []):
                pupil_ok.add(fold(given)); pupil_ok.add(fold(given + " " + p["last"])); first_names.add(fold(given))
        staff_ok, staff_pat = set(), []
        for s in staff:
            staff_ok.add(fold(s["first"] + " " + s["last"]))
            for t in TITLES:
                staff_ok.add(fold(t + " " + s["last"]))
            staff_pat.append(fold(s["last"]))
        ids_words = [fold(x) for x in [cfg["school"]["name"]] + cfg["school"]["aliases"] + cfg["school"]["hashtags"]
                     + cfg["school"]["handles"] + cfg["school"]["domains"]]
        items = posts_by_school[sid]
        rng = random.Random(20240 + len(sid))
        order = list(range(len(items))); rng.shuffle(order)
        lines_posts, clean = [], 0
        for n, k in enumerate(order):
            tags, raw = items[k]
            pid = f"{sid}-{n:04d}"
            try:
                text, finds, negs = parse(raw)
            except ValueError as e:
                errors.append(str(e)); continue
            ftext = fold(text)
            covered = [(s, e) for _, s, e in finds + negs]
            for code, s, e in finds:
                span = text[s:e]
                if code == "P" and fold(span) not in pupil_ok:
                    errors.append(f"{pid}: pupil span not on roster: {span!r}")
                if code == "S" and fold(span) not in staff_ok:
                    errors.append(f"{pid}: staff span not on roster: {span!r}")
                if span != span.strip() or not span:
                    errors.append(f"{pid}: span has edge spaces: {span!r}")
            allsp = sorted(covered)
            for a, b in zip(allsp, allsp[1:]):
                if b[0] < a[1]:
                    errors.append(f"{pid}: overlapping spans in {raw!r}")
            # every mention of a roster given name must be labelled one way or the other
            for name in first_names:
                for m in re.finditer(r"(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])", ftext):
                    if not any(s <= m.start() and m.end() <= e for s, e in covered):
                        warnings.append(f"{pid}: unlabelled {text[m.start():m.end()]!r} in {text!r}")
            for last in staff_pat:
                for m in re.finditer(r"\b(mrs?|ms|miss|dr)\.? " + re.escape(last) + r"(?![^\W\d_])", ftext):
                    if not any(s <= m.start() and m.end() <= e for s, e in covered):
                        warnings.append(f"{pid}: unlabelled staff {text[m.start():m.end()]!r}")
            for w in ids_words:
                for m in re.finditer(re.escape(w) + r"(?![^\W\d_])", ftext):
                    if not any(s <= m.start() and m.end() <= e for s, e in covered):
                        warnings.append(f"{pid}: unlabelled school id {text[m.start():m.end()]!r}")
            # class sanity
            if "c1" in tags and not any(code == "P" and ((s > 0 and is_emojiish(text[s-1])) or (s > 1 and text[s-1] == " " and is_emojiish(text[s-2]))
                                                       or (e < len(text) and is_emojiish(text[e])) or (e + 1 < len(text) and text[e] == " " and is_emojiish(text[e+1])))
                                        for code, s, e in finds):
                warnings.append(f"{pid}: c1 without emoji-adjacent name: {text!r}")
            if "c2" in tags and not any(code == "P" and " " in text[s:e] for code, s, e in finds):
                warnings.append(f"{pid}: c2 without full name: {text!r}")
            if "c4" in tags and not negs:
                warnings.append(f"{pid}: c4 without negative: {text!r}")
            for t in tags:
                classes[t] += 1
            if "c1" in tags:
                class_spans["c1_emoji_adjacent_names"] += sum(1 for code, s, e in finds if code == "P" and (
                    (s > 0 and is_emojiish(text[s-1])) or (s > 1 and text[s-1] == " " and is_emojiish(text[s-2]))
                    or (e < len(text) and is_emojiish(text[e])) or (e + 1 < len(text) and text[e] == " " and is_emojiish(text[e+1]))))
            if "c2" in tags:
                class_spans["c2_full_names"] += sum(1 for code, s, e in finds if code == "P" and " " in text[s:e])
            if "c3" in tags:
                class_spans["c3_first_names"] += sum(1 for code, s, e in finds if code == "P" and " " not in text[s:e])
            if "c4" in tags:
                class_spans["c4_word_negatives"] += sum(1 for t, s, e in negs if t == "w")
            gf = [{"kind": KIND[c], "start": u16(text, s), "end": u16(text, e), "text": text[s:e]} for c, s, e in finds]
            gn = [{"type": NEG[c], "start": u16(text, s), "end": u16(text, e), "text": text[s:e]} for c, s, e in negs]
            for x in gf: spans[x["kind"]] += 1
            for x in gn: negc[x["type"]] += 1
            clean += not gf
            post = {"id": pid, "school": sid, "text": text}
            lines_posts.append(post); all_posts.append(post)
            all_gold.append({"id": pid, "school": sid, "findings": gf, "negatives": gn, "classes": tags})
        with open(os.path.join(HERE, "posts", sid + ".jsonl"), "w", encoding="utf-8") as f:
            for p in lines_posts:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        summary_schools.append({"id": sid, "name": cfg["school"]["name"], "place": meta["place"], "pupils": len(pupils),
                                "staff": len(staff), "role": cfg["role"], "posts": len(lines_posts), "clean_posts": clean})
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in all_posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in all_gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    summary = {"set": "lastmiss (hand-labelled; emoji-adjacent word-names, lower-case/apostrophe full names, "
                      "short names before days/verbs, accent-folding names and their English twins)",
               "schools": summary_schools, "posts": len(all_posts),
               "clean_posts": sum(1 for g in all_gold if not g["findings"]),
               "spans": dict(spans), "hard_negatives": dict(negc),
               "spans_total": sum(spans.values()), "hard_negatives_total": sum(negc.values()),
               "posts_per_class": dict(sorted(classes.items())), "spans_per_class": dict(class_spans)}
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1); f.write("\n")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
