//! The tone detector's lexicons: who a sentence can be aimed at, and the
//! language of threats, hostile remarks and complaints, by class of language
//! rather than by example sentence.
//!
//! Every entry is folded (lower case, no accents, `'` for apostrophes) and is
//! matched as whole words. A `{slot}` stands for each word of its [`SLOTS`]
//! list ("know where {sub} live" is "know where he live", "know where she live"…),
//! so one line covers a construction; swear words also match their censored
//! spellings ("f***ing", "sh*te", see [`censored`]). All of it is compiled once, into one
//! set of phrases ([`super::phrases::PhraseSet`]), when the engine is built.

use crate::word_list;
use crate::word_list::WordList;

/// What a matched phrase says about its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A school role or body, "the school", pupils or parents in a school context.
    Target,
    /// Something the school runs ("the detention system"): a target for complaints.
    Process,
    /// Someone or something outside the school ("the council", "my boss").
    OtherTarget,
    /// Mocking comparisons ("looks like a panda", "walks like a turtle").
    Mock,
    /// Laughing at: 💀, 😭, 😂, "lmao".
    Laugh,
    /// Quoting a book, song, film or line.
    Quoting,
    /// Cancels a target it overlaps: "school run", "head lice", "after school".
    NotTarget,
    /// A third-person pronoun that can point back at a target named earlier.
    Pronoun,
    /// A second-person pronoun: the writer addresses someone.
    You,
    /// A threat on its own, open or veiled ("watch your back", "know where she lives").
    Threat,
    /// A stated intent ("I'll", "I'm going to", "someone should").
    Intent,
    /// Harm, exposure or retaliation that an intent turns into a threat ("batter", "get her sacked").
    Harm,
    /// Name-calling, slurs, swearing, mocking.
    Insult,
    /// An insulting noun that needs a naming word before it ("a tool", "absolute animals").
    NamedInsult,
    /// An article or intensifier that names someone with the noun after it.
    Naming,
    /// An insulting adjective that needs a linking word before it ("are awful").
    LinkedInsult,
    /// A linking word ("is", "are", "so").
    Linking,
    /// Swearing that insults only when aimed at someone ("f***ing useless", "shite").
    Swear,
    /// Wrongdoing stated as fact ("pocketing the money", "drunk at drop off").
    Accusation,
    /// Dissatisfaction ("disgusted", "not happy", "fed up").
    Dissatisfied,
    /// Something the school did not do, or did badly ("nobody told us", "still no reply").
    Failure,
    /// A sign of complaint too weak on its own ("again", "still", "third time", "😤"): two of them, or
    /// one beside a rhetorical question, make a complaint.
    Weak,
    /// Praise, thanks, or slang used as praise.
    Praise,
    /// The writer speaking of themselves ("I'm", "me", "my own").
    SelfRef,
    /// Reporting what someone else said ("says", "told him", "called her").
    Report,
    /// Asking for help or advice.
    Help,
    /// A polite request or a question asking for information.
    Polite,
    /// Contrast: what follows it is the point ("but", "shame").
    Contrast,
    /// A negation before a cue ("not", "never", "isn't").
    Negation,
}

impl Class {
    /// Whether the class is the language of a tone kind: a sentence without one is never a finding.
    pub fn is_language(self) -> bool {
        matches!(
            self,
            Class::Threat
                | Class::Harm
                | Class::Insult
                | Class::NamedInsult
                | Class::LinkedInsult
                | Class::Swear
                | Class::Accusation
                | Class::Mock
                | Class::Dissatisfied
                | Class::Failure
                | Class::Weak
        )
    }
}

/// The words a `{slot}` stands for.
pub const SLOTS: &[(&str, &[&str])] = &[
    ("{obj}", &["him", "her", "them", "you", "ya", "u", "em", "'em"]),
    ("{pos}", &["his", "her", "their", "your", "ur", "yer"]),
    ("{sub}", &["he", "she", "they", "you", "u"]),
    (
        "{ill}",
        &[
            "i'll",
            "ill",
            "i will",
            "i'm going to",
            "im going to",
            "i'm gonna",
            "im gonna",
            "i am going to",
            "we'll",
            "we will",
            "we're going to",
            "i'd",
            "we'd",
            "i swear i'll",
            "i'll be",
            "gonna",
        ],
    ),
];

/// Roles and bodies of a school, the school itself, and pupils and parents in a school context.
#[rustfmt::skip]
pub const TARGETS: WordList = word_list![
    // The school itself.
    "the school", "this school", "that school", "our school", "my school", "your school", "his school",
    "her school", "their school", "the kids' school", "dd's school", "ds's school", "dd school", "ds school",
    "school", "the academy", "this academy", "the academy trust", "this place", "the place", "the trust",
    "trust", "the mat", "the federation", "the nursery", "the college", "the sixth form", "the setting",
    "this dump", "ysgol",
    // Leaders and bodies.
    "the head", "headteacher", "headteachers", "head teacher", "headmaster", "headmistress", "the heid",
    "the deputy", "deputy head", "deputy", "deputies", "assistant head", "principal", "vice principal",
    "executive head", "exec head", "the ceo", "ceo", "slt", "smt", "senior leadership", "senior leaders",
    "leadership", "leadership team", "the leadership", "management", "the management", "governors",
    "the governors", "governing body", "chair of governors", "the board", "head of year", "heads of year",
    "head of department", "hod", "head of maths", "head of english", "head of science", "head of pe",
    "business manager", "bursar", "office manager", "the dsl", "dsl", "safeguarding lead", "pastoral",
    "pastoral team", "pastoral lead", "attendance officer", "the attendance officer", "the inclusion team",
    "inclusion", "exams officer", "data manager",
    // Staff.
    "teacher", "teachers", "the teacher", "the teachers", "class teacher", "form tutor", "tutor",
    "supply teacher", "supply", "the supply", "cover teacher", "ta", "tas", "the ta", "teaching assistant",
    "teaching assistants", "lsa", "hlta", "senco", "the senco", "sendco", "the sendco", "senco's",
    "the office", "office", "office staff", "office ladies", "the office ladies", "office lady",
    "receptionist", "the receptionist", "reception staff", "reception", "staff", "the staff", "staffroom",
    "teaching staff", "support staff", "site team", "site manager", "caretaker", "the caretaker",
    "premises", "dinner lady", "dinner ladies", "dinner staff", "lunch staff", "lunchtime staff",
    "midday supervisor", "midday supervisors", "midday", "middays", "the kitchen", "kitchen staff", "cook",
    "the cook", "school cook", "school nurse", "lollipop lady", "lollipop man", "crossing patrol",
    "breakfast club", "after school club", "wraparound", "the club", "pe teacher", "music teacher",
    "science teacher", "maths teacher", "english teacher", "ect", "nqt", "trainee", "the trainee",
    "department", "the department", "english department", "maths department", "science department",
    "the pta", "pta", "the friends", "class rep", "the class rep", "class reps", "coach", "the coach",
    "athro", "athrawes", "prifathro", "sir", "miss", "teachers'", "staff's",
    // Pupils and parents in a school context.
    
    "that kid", "that boy", "that girl", "that lad", "that child",
    "that family", "those kids", "those boys", "those girls", 
    "other parents", "the parents", "some parents", "the mums", "the dads",
    "mums at the gate", "the mums at", "the mums on", "school mums", "playground mums", "gate mums",
    "the playground mafia", "the clique", "parents at this school", "parents here", "the class",
    "the whole class", "the year group", "the lot of them", "the lot of em", "the form", "my form",
    "classmates", "class mates", "the other class",
    "your kid", "your son", "your daughter", "your child", "ur kid", "her kid", "his kid",
    "that place", "that building", "in that building", "the canteen", "canteen", "canteen ladies", "canteen staff", "the dinner hall", "estates", "the estates team", "the it team", "attendance", "the attendance team", "alnco", "the alnco", "aln", "senco team", "sen team", "the sen team", "exams office", "ofsted inspector", "the union rep", "school council", "the chair", "the governing body", "the local governing body", "lgb", "the exec", "the executive head", "the bursar", "gofalwr", "pennaeth", "y pennaeth", "the ysgol", "staff there", "teachers there", "the teachers there", "whoever", "whoever's", "whoever is", "the lot of you",
];

/// Phrases that contain a target word but do not point at anyone: cancel the target they overlap.
#[rustfmt::skip]
pub const NOT_TARGETS: WordList = word_list![
    "school run", "school runs", "school holidays", "school holiday", "school shoes", "school bag",
    "school bags", "school uniform", "school jumper", "school trousers", "school night", "school days",
    "after school", "before school", "outside school", "to school", "for school", "school gate", "school gates",
    "primary school", "secondary school", "high school", "grammar school", "boarding school", "old school",
    "school of thought", "school photos", "school photo", "school dinners", "school dinner", "school lunch",
    "school trip", "school bus", "school year", "school work", "schoolwork", "school disco", "school fair",
    "head lice", "head cold", "my head", "your head", "her head", "his head", "head first", "head over",
    "head down", "head up", "head out", "head home", "head off", "head to", "head of hair", "off my head",
    "deputy manager", "my office", "the office party", "box office", "post office", "office job",
    "my staff", "staff at work", "coach trip", "coach driver", "the coach driver", "supply chain",
    "inset day", "reception class", "reception year", "in reception", "the reception team",
    "management at work", "my management", "trust me", "trust you", "trust him", "trust her", "trust them",
    "i trust", "don't trust", "dont trust", "trust fund", "national trust", "the national trust",
    "miss you", "miss him", "miss her", "miss them", "miss it", "miss the", "miss out", "miss my",
    "miss a", "miss school", "will miss", "i miss", "sir david", "the class of", "class act", "first class",
    "world class", "middle class", "working class", "the kids had", "the kids loved", "the kids enjoyed",
    "the kids are fine", "cook dinner", "cook tea", "to cook", "i cook", "the head of",
    "a teacher myself", "as a teacher", "i'm a teacher", "im a teacher", "i am a teacher", "as a ta",
    "i'm a ta", "my class", "my form", "my students", "my pupils", "my kids", "my tutor group", "my ta",
    "my year", "the department store", "the tutor group", "students union",
    "school shirts", "school shirt", "school clothes", "school stuff", "school supplies", "school wear", "schoolwear", "school kit", "school books", "school hall", "school field", "school car park", "school play", "school show", "school concert", "up to the school", "near the school", "past the school", "by the school", "round the school", "outside the school", "to the school", "school is closed", "school closed", "whoever parks", "whoever owns", "whoever left", "whoever nicked", "whoever stole", "whoever planned", "whoever designed", "whoever parked", "whoever's car", "whoever was driving",
];

/// Things the school runs: a complaint about them is aimed at the school, and hard words about
/// them ("the detention system is a farce") are a complaint rather than a hostile remark.
#[rustfmt::skip]
pub const PROCESSES: WordList = word_list![
    "system", "the system", "policy", "the policy", "policies", "procedure", "process", "the process", "rota",
    "the rota", "timetable", "the timetable", "curriculum", "behaviour points", "behaviour point", "detentions",
    "detention system", "the detention system", "isolation", "the isolation room", "lost property", "the website",
    "the app", "the school app", "wifi", "the wifi", "school wifi", "parents' evening", "parents evening",
    "cover system", "the cover system", "pick-up system", "pick up system", "drop off system", "one-way system",
    "communication", "the communication", "communications", "the newsletter", "newsletters", "the letters",
    "letters", "the emails", "the response", "response", "the school's response", "the options process",
    "options process", "admissions", "uniform policy", "the uniform policy", "behaviour policy",
    "the behaviour policy", "marking policy", "homework policy", "anti bullying policy", "anti-bullying policy",
    "reports", "the reports", "school reports", "the toilets", "the school toilets", "toilets", "the heating",
    "the radiators", "the car park", "the yard", "the playground", "the sports hall", "the fees", "trip prices",
    "the prices", "the food", "the dinners", "school dinners", "school lunches", "the lunches", "the portions",
    "the uniform", "the new uniform", "the pe kit", "uniform supplier", "the uniform supplier", "homework",
    "the homework", "data drop", "data drops", "the workload", "workload", "cover", "ppa", "the budget",
    "budgets", "the staffing", "staffing", "the sen provision", "provision", "the support", "support",
    "the inset", "inset days", "the clubs", "after school clubs", "the trips", "reading books", "the reading books",
];

/// Things that are not the school: negative words about them are about someone else.
#[rustfmt::skip]
pub const OTHER_TARGETS: WordList = word_list![
    "council", "the council", "councillors", "the government", "government", "the tories", "tories", "labour",
    "ministers", "the minister", "the dfe", "dfe", "exam board", "the exam board", "tesco", "asda", "aldi",
    "lidl", "sainsbury's", "sainsburys", "morrisons", "co-op", "greggs", "costa", "starbucks", "mcdonalds",
    "the shop", "the shops", "shop", "the supermarket", "the bus", "bus driver", "the bus driver", "arriva",
    "stagecoach", "first bus", "the trains", "train", "the train", "gwr", "northern rail", "avanti", "the ref",
    "referee", "ref", "my boss", "boss", "my manager", "landlord", "my landlord",
    "letting agent", "my ex", "the nhs", "nhs",
    "gp", "the gp", "the doctors", "dentist", "the dentist", "the hospital", "a&e", "roadworks", "the roadworks",
    "the road", "the roads", "the weather", "traffic", "traffic wardens", "parking warden", "amazon",
    "royal mail", "the postman", "evri", "hermes", "dpd", "the neighbours", "my neighbour", "neighbours",
    "soft play", "the leisure centre", "the barista", "the tv", "telly", "daddy pig", "peppa", "the dog",
    "my dog", "the cat", "rovers", "united", "the team", "range rover", "driver",
    "drivers", "the police", "politicians", "the prime minister", "my work", "at work",
    "my job", "my company", "hmrc", "the bank", "openreach", "my phone",
    "love island", "celebrities", "footballers", "gritter", "gritted", "the kerb", "dropped kerb",
    "virgin media", "virgin", "bt", "sky", "broadband", "the internet", "internet", "ee", "vodafone", "o2", "three",
    "northern", "transpennine", "cross country", "the station",
];

/// Mocking comparisons and jibes: hostile when someone is laughed at.
#[rustfmt::skip]
pub const MOCKS: WordList = word_list![
    "looks like", "look like", "sounds like", "walks like", "talks like", "dresses like", "dressed like",
    "smells like", "runs like", "acts like", "looks about", "state of", "the state of", "who let", "who did that",
    "new trim", "haircut", "eyebrows", "eyeliner", "tried to", "thinks {sub}'s", "thinks she's", "thinks he's",
    "thinks they're", "imagine being", "bless {obj}",
];

/// Laughing at someone.
pub const LAUGHS: WordList = word_list!["💀", "😭", "😂", "🤣", "lmao", "lmfao", "😹", "🤭", "haha", "hahaha", "bro"];

/// Quoting a book, song, film or someone's line.
#[rustfmt::skip]
pub const QUOTING: WordList = word_list![
    "quoting", "quotes", "quoted", "line is", "favourite line", "catchphrase", "'s line", "the line", "singing",
    "sang", "sings", "song", "lyrics", "the book", "book", "film", "movie", "the film", "panto", "rehearsal",
    "spotted on a mug", "on a mug", "on a poster", "on a sign", "the motto", "motto", "as the saying goes",
    "blasting", "on the radio", "episode",
    "line",
];

/// Pronouns that can carry a target from an earlier sentence.
#[rustfmt::skip]
pub const PRONOUNS: WordList = word_list![
    "he", "she", "they", "him", "her", "them", "his", "their", "he's", "she's", "they're", "hes", "shes",
    "theyre", "himself", "herself", "themselves", "the woman", "the man", "that woman", "that man",
    "this woman", "this man", "the lot", "em", "'em", "the lady", "the bloke", "that lot", "this lot",
];

/// Second person.
pub const YOU: WordList = word_list![
    "you",
    "your",
    "you're",
    "youre",
    "yourself",
    "yourselves",
    "ya",
    "u",
    "ur",
    "yer",
    "you lot",
    "you lot are"
];

/// Threats that stand on their own: veiled, open, exposure, retaliation.
#[rustfmt::skip]
pub const THREATS: WordList = word_list![
    // Veiled.
    "watch {pos} back", "watch yourself", "watch himself", "watch herself", "watch themselves",
    "wants to watch", "want to watch", "better watch", "had better watch", "'d better watch",
    "wants to be careful", "want to be careful", "wants to be very careful", "want to be very careful",
    "better be careful", "had better be careful", "needs to be careful", "need to be careful",
    "better hope", "had better hope", "'d better hope", "better pray", "know where {sub} live",
    "know where {sub} lives", "know where {sub} park", "know where {sub} parks", "know what car {sub} drive",
    "know what car {sub} drives", "know where {pos} kids", "know where {pos} kid", "know who {pos} kids are",
    "found out where {sub} live", "find out where {sub} live", "find out where {sub} lives",
    "know where {sub} work", "pay {obj} a visit", "paying {obj} a visit", "pay a visit to",
    "be waiting for {obj}", "waiting for {obj} at", "waiting for {obj} outside", "wait for {obj} outside",
    "wait for {obj} after", "see {obj} after school", "catch {obj} after school", "see {obj} at the gate",
    "see {obj} outside", "catch {obj} outside", "bump into {obj}", "run into {obj}", "meet {obj} outside",
    "mark my words", "you've been warned", "youve been warned", "consider yourself warned", "last warning",
    "final warning", "or else", "you'll regret", "youll regret", "he'll regret", "she'll regret",
    "they'll regret", "will regret", "will be sorry", "you'll be sorry", "he'll be sorry", "she'll be sorry",
    "pay for this", "pay for what", "will pay for", "gonna pay", "going to pay for", "coming for {obj}",
    "i'm coming for", "got it coming", "has it coming", "had it coming", "what's coming", "whats coming",
    "see what happens", "won't forget", "will not forget", "never forget", "some of us don't forget",
    "won't be gentle", "won't be so nice", "won't be nice", "won't be polite", "not be responsible for",
    "can't be held responsible", "cant be held responsible", "won't be responsible", "take matters into",
    "into my own hands", "sort it out myself", "deal with {obj} myself",
    "deal with {obj} my way", "swear down", "on my mum", "on my mums life", "on sight", "you're dead", "youre dead",
    "ur dead", "you are dead", "he's dead", "she's dead", "hes dead", "shes dead", "dead meat", "a dead man",
    "get {obj} jumped", "getting jumped", "gonna get jumped", "be getting jumped", "get {obj} done in",
    "shame if something happened", "shame if anything happened", "be a shame if", "something might happen",
    "accidents happen", "accidents can happen", "might find itself", "might find themselves", "find itself with",
    "new scratches", "a few scratches", "careful walking", "walking to {pos} car",
    "outside {pos} house", "at {pos} door", "turn up at {pos}", "turning up at {pos}", "round {pos} house",
    "round to {pos} house", "come round {pos}", "come round to {pos}",
    // Exposure and retaliation.
    "make sure {sub} never", "make sure {sub} never works", "never work again", "never works again",
    "never teach again", "never teaches again", "another headship", "another job", "end {pos} career",
    "ruin {pos} career", "ruin {pos} life", "ruin {obj}", "destroy {obj}", "finish {obj}", "lose {pos} job",
    "get {obj} sacked", "have {obj} sacked", "get {obj} fired", "have {pos} job", "make {pos} life hell",
    "make {pos} life a misery", "make {pos} life miserable", "make everyone know", "make sure everyone knows",
    "make sure everyone sees", "make sure everyone in", "make sure every parent", "everyone will know",
    "everyone will see", "the whole town will know", "every parent sees", "every parent in", "name and shame",
    "naming and shaming", "name names", "i'll name names", "name and face", "his name and face",
    "her name and face", "going to the paper", "going to the papers", "going to the press", "go to the papers",
    "go to the press", "go to the paper", "to the local paper", "the local paper with", "going on every",
    "going on facebook", "going on social media", "all over facebook", "all over social media",
    "post it everywhere", "posting it everywhere", "share it everywhere", "screenshotted every", "screenshots of",
    "got it on video", "on video and", "got the whole thing on video", "expose {obj}", "exposing {obj}",
    "i'll expose", "everyone's going to know", "everyone is going to know", "tell everyone what",
    "tell the whole", "find out which one", "track {obj} down",
    "hunt {obj} down", "if i find out who", "if i ever find", "had better hope i",
    "wait til i see", "wait till i see", "wait until i see", "wait til i get", "wait till i get", "wait until i get", "when i see {obj}", "next time i see", "sleep with one eye open", "one eye open", "knows what {sub} did", "know what {sub} did", "watch what happens", "find out what happens", "you'll see what happens", "not be held responsible", "held responsible", "wants to think on", "want to think on", "better think twice", "think twice before", "hearing from me", "hear from me", "hearing from my", "my brothers", "me and my brothers", "after what {sub} said", "after what {sub} did", "after what {sub} pulled", "i know {pos} wife", "i know {pos} husband", "i know {pos} kids", "know {pos} wife", "know {pos} husband", "got plenty to tell", "needs to remember i", "want to remember i", "wants to remember i", "life a misery", "life a living hell", "life hell", "life miserable", "make {pos} life", "making {pos} life", "won't be asking nicely", "wont be asking nicely", "not be asking nicely", "asking nicely", "not someone to mess with", "not one to mess with", "don't mess with me", "dont mess with me", "mess with the wrong", "picked the wrong", "messing with the wrong", "you're getting it", "youre getting it", "ur getting it", "getting it after school", "don't bother hiding", "dont bother hiding", "be round {pos} house", "what i've got on {obj}", "what ive got on {obj}", "got on {obj}", "dirt on {obj}", "interesting reading", "a very big mouth", "big mouth and", "friends at the paper", "would love to hear", "who'd love to hear", "would love them", "the whole trust hears", "hears exactly what", "what {sub} gets up to", "every paper in", "hears about it", "every email goes to", "in the headline", "in the headlines", "going straight to", "you'll regret it", "find out who you are", "i'll find out who", "ill find out who", "i will find out who", "watch this space", "see how {sub} likes", "see how {sub} like it", "see how their numbers", "tyres down", "let {pos} tyres", "slash {pos}", "with a placard", "a placard", "every parent on", "every parent at", "the full story", "names and all", "names will be named", "posting the whole", "post the whole", "the whole email chain", "email chain on", "on the community page", "pics everywhere", "for everyone to see", "i'll be waiting", "be waiting at", "waiting at that gate", "a dad waiting", "a word with {obj} ourselves", "with {obj} ourselves", "with {obj} myself",
];

/// Stated intents: an intent before a harm is a threat.
#[rustfmt::skip]
pub const INTENTS: WordList = word_list![
    "{ill}", "i'll make sure", "i'm gonna", "im gonna", "imma", "i'ma", "gonna", "going to", "will be",
    "i'd happily", "i'd love to", "id love to", "i want to", "i wanna", "someone should", "someone needs to",
    "somebody should", "somebody needs to", "someone ought to", "someone's going to", "someone is going to",
    "needs a", "wants a", "deserves a", "deserve a", "should be", "if {sub}", "if that", "if this", "next time",
    "one more", "again and", "keep it up and", "carry on like this and", "carry on and", "let {obj}",
    "i'd pay", "i could", "i swear", "mans will", "man will", "we're gonna", "we gonna", "they'll",
    "keep pushing", "push me", "pushing me", "i'll see to it", "ill see to it", "i'll be", "i've got", "ive got", "i have got", "i'm posting", "im posting", "i'm putting", "im putting", "i'm sending", "im sending", "somebody wants to", "someone wants to", "if it happens again", "if anyone", "if the", "if miss", "if sir", "carry on", "keep it up", "see to it", "there'll be", "there will be", "ill make sure",
];

/// Harm, exposure or retaliation: a threat after an intent.
#[rustfmt::skip]
pub const HARMS: WordList = word_list![
    "batter", "batter {obj}", "battering", "smash", "smash {pos} face", "smash {pos} head", "smack", "smack {obj}",
    "slap", "slap {obj}", "slapped", "punch", "punch {obj}", "punched", "deck", "deck {obj}", "decked", "lamp {obj}",
    "chin {obj}", "glass {obj}", "knock {obj} out", "knock {pos} head off", "knock {pos} block off",
    "kick {pos} head in", "kick {obj}", "beat {obj} up", "beat up", "kill", "kill {obj}", "murder", "murder {obj}",
    "strangle", "throttle", "stab", "shank", "wet {obj}", "cut {obj}", "hurt {obj}", "hit {obj}", "bang {obj}",
    "bang {obj} out", "drop {obj}", "jump {obj}", "get {obj} jumped", "throw {obj}", "through the window",
    "break {pos}", "break {pos} legs", "break {pos} nose", "key {pos} car", "keyed", "key the", "key mr", "key mrs", "key miss", "key ms", "key sir", "key {pos}", "scratch {pos} car",
    "slash {pos} tyres", "slash {pos} tires", "let {pos} tyres down", "brick through", "put a brick", 
    "burn it down", "burn the place down", "burn the school down", "torch", "blow up", "smash {pos} windows",
    "smash {pos} car", "do {pos} car", "wreck", "trash", "get {obj} sacked", "get {obj} fired", 
    "report {obj} to the police", "expose", "end {obj}", "teach {obj} a lesson",
    "sort {obj}", "rearrange {pos} face", "rip {pos}", "tear {pos}", "fight {obj}", "square up",
    "have a go at {obj}", "kick off at", "go for {obj}", "come for {obj}",
    "get {pos} address", "find {pos} address", "post {pos} address", "share {pos} address", "dox",
    "lay one more finger", "touch {pos}", "lay a finger", "lays a finger", "lays one more finger",
    "throw {obj} through",
    "the paper", "the papers", "the press", "the news", "the local news", "evening news", "evening post", "walesonline", "wales online", "the echo", "the bbc", "the local rag", "the gazette", "the chronicle", "journalist", "a journalist", "reporter", "every paper", "hears about it", "the community page", "community page", "facebook page", "local page", "tiktok", "screenshots", "recordings", "placard", "camera", "protest", "auditors", "the union", "email chain", "everywhere", "every parent", "the full story", "names and all", "tyres", "tires", "windscreen", "never work", "never works", "never teach", "never teaches", "in a school again", "waiting for {obj}", "waiting at", "outside that gate", "outside the gate", "at that gate", "in the car park", "round {pos} house", "be round", "regret it", "mess with", "a little word", "a word with",
];

/// Name-calling, slurs, insults by the class of word: the nouns and adjectives
/// UK parents, staff and teenagers use (standard, regional, Welsh, Scots, MLE).
#[rustfmt::skip]
pub const INSULTS: WordList = word_list![
    // Stupid.
    "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "imbecile", "imbeciles", "cretin", "cretins",
    "muppet", "muppets", "numpty", "numpties", "plonker", "plonkers", "pillock", "pillocks", "prat", "prats",
    "twit", "twits", "nitwit", "halfwit", "dimwit", "dipstick", "wazzock", "wassock", "divvy", 
    "berk", "clot", "eejit", "eejits", "dafty", "donut", "doughnut", "spanner",
    "absolute weapon", "muggy", 
    "bellend", "bell end", "bellends", "stupid", "thick", "thicko", "dense", "gormless", "brainless",
    "clueless", "dumb", "dumbass", "daft", "daft cow", "daft as a brush", "thick as", "two short planks",
    "couldn't organise", "couldnt organise", "couldn't run a bath", "couldnt run a bath", "couldn't teach",
    "couldnt teach", "couldn't manage", "couldn't find", "wouldn't know", "wouldnt know", "hasn't got a clue",
    "hasnt got a clue", "haven't got a clue", "not a clue", "no clue", "no idea what", "brain cell",
    "brain cells", "twp", "twpsyn", "dwl", "pen dafad", "pen-dafad", "lembo", "dwpsen", "bampot", "bawbag",
    "radge", "numpty", "dafty", 
    // Useless and incompetent.
    "useless", "uselessness", "hopeless", "pathetic", "incompetent", "incompetence", "inept", "amateur",
    "amateurs", "amateurish", "a joke", "a joke of", "joke of a", "an absolute joke", "absolute joke",
    "total joke", "complete joke", "such a joke", "what a joke", "the joke", "is a joke", "are a joke",
    "are jokes", "laughing stock", "a laughing stock", "disgrace", "disgraceful", "a disgrace", "an embarrassment",
    "embarrassment", "shambles", "shambolic", "farce", "farcical", "clown show", "clownshow",
    "a circus", "🤡", "waste of space", "waste of oxygen", "waste of air", "wasteman", "waste man",
    "wastemen", "past it", "over the hill", "should've retired",
    "should have retired", "shouldve retired", "should be sacked", "needs sacking", "need sacking",
    "should be struck off", "not fit to", "unfit to", "unfit", "not fit for purpose", "jobsworth", "jobsworths",
    "skiver", "skivers", "lazy", "bone idle", "idle", "lazy sod", "pushover", "pushovers", "spineless", "gutless",
    "coward", "cowards", "cowardly", "wet lettuce", "yes-men", "yes men", "yes-man", "puppet",
    "doormat", "chocolate teapot", "all mouth", "all talk", "all mouth and no trousers", 
    "sleeping pill", "neek", "neeks", "neeky", 
    "loser", "losers", "a failure", "shite", "shitty", "crappy",
    "naff", "dire", "woeful", "diabolical", "atrocious", "appalling", "abysmal", 
    "the worst", "shithole", "shit hole",
    "shitshow", "shit show", "hellhole", "hell hole", "cesspit", "madhouse", 
    "feral", "wild animals",
    // Nasty.
    "nasty", "vile", "horrible", "horrid", "spiteful", "vindictive", "malicious", 
    "nasty piece of work", "piece of work", "piece of shit", "two-faced", "two faced",
    "🐍", "vermin", "scum", "scumbag", "scumbags", "lowlife", "low life",
    "thug", "thugs", "yob", "yobs", "yobbo", "chav", "chavs", "tramp", "scruff", "minger",
    "mingers", "minging", "mingin", "gopping", "boggin", "manky", "ugly", "ugly as", 
    "fatty", "fat cow", "butters", "clapped", "roaster", "smelly", "stinks", "stinky",
    "stinking", "reeks", "creep", "creepy", "creeps", "weirdo", "weirdos", "freak", "freaks",
    "nutter", "nutjob", "psychopath", "sociopath", "narcissist", "loony",
    "mental case", "headcase", "head case", "tapped", "unhinged", "deranged", 
    // Rude and arrogant.
    "rude", "rudest", "so rude", "arrogant", "ignorant", "entitled", "selfish", "snob", "snobs", "snobby",
    "snooty", "stuck up", "stuck-up", "up herself", "up himself", "full of herself", "full of himself",
    "smug", "patronising", "condescending", "jumped up", "jumped-up", "power mad", "power-mad", "power hungry",
    "power trip", "little hitler", "tyrant", "dictator", "control freak", "know-it-all", "know it all",
    "nosy", "nosey", "busybody", "drama queen", "attention seeker", "miserable",
    "grumpy", "mardy", "mardy cow", "sour-faced", "face like a", "face like thunder",
    "gods gift", "god's gift", "imagine being",
    "looks about", "teaches like", "spoilt", "spoiled", "brat", "brats", "little madam", 
    "little emperor", "own little empire", "queen bee", "mean girls", "clique", "cliquey",
    // Swearing at people and slurs.
    "old cow", "silly cow", "stupid cow", "bitch", "bitches", "bitchy", "old witch",
    "old bag", "battleaxe", "battle axe", "old dragon", "harpy", "old hag", "slag",
    "slags", "slapper", "sket", "skets", "🐷", "swine", "git", "old git", "sod", "sods",
    "bastard", "bastards", "bastad", "twat", "twats", "knob", "knobhead", "knobheads", "knobber", "dick",
    "dickhead", "dickheads", "prick", "pricks", "tosser", "tossers", "wanker", "wankers", "arse", "arsehole",
    "arseholes", "asshole", "assholes", "jackass", "gobshite", "gobshites", "shitbag", "shithead",
    "dipshit", "cunt", "cunts", "cachu", "diawl", "mochyn", "hen ast", "pussyhole", "bumbaclart",
    "bloodclaat", "bumbaclaat", "dutty", "wet wipe", "paigon", 
    "retard", "retards", "retarded", "spastic", "spaz", "spazz", "mong", "mongs", "nonce", "nonces", "paedo",
    "pedo", "pervert", "perv", "pervy", "sleaze", "sleazy", "sleazebag", "weasel", "what a tool",
    "dweeb", "plebs", "pleb", 
    "🖕", "💩",
    // Corrupt.
    "corrupt", "bent", "dodgy", "shady", "crook", "crooks", "crooked", "fraud", "frauds", "fraudster", "liar",
    "liars", "lying", "racist", "racists", "sexist", "homophobic", "bigot", "bigoted", "hypocrite",
    "hypocrites", "hypocritical", "favourites", "favouritism", "picks on", "picking on", "has it in for",
    "got it in for",
    "scrote", "scrotes", "toerag", "toerags", "little shits", "little sods", "gobby", "mouthy", "slagging", "annoying", "so annoying", "meathead", "airhead", "bonehead", "blockhead", "pinhead", "dunce", "dullard", "oaf", "buffoon", "ignoramus", "knuckle-dragger", "neanderthal", "little man", "little woman", "little men", "jumped-up little", "power-tripping", "power tripping", "gets off on", "pompous", "bratty", "diva", "the apple hasn't fallen", "out of {pos} depth", "in over {pos} head", "playing at being", "neither use nor ornament", "no use to anyone", "as bright as a", "about as bright", "as useful as a", "as much use as", "about as much use", "as sharp as a", "chocolate fireguard", "{pos} head testing", "{pos} head examined", "can't spell", "cant spell", "couldn't spell", "can't count", "to save {pos} life", "end of", "only in it for", "in it for the holidays", "in it for the money", "creaming off", "lining {pos} pockets", "feathering {pos} nest", "bleeding the school dry", "bleeding us dry", "nodding dogs", "rubber-stamp", "rubber stamp", "rubber stamps", "loves the sound of {pos} own voice", "sound of {pos} own voice", "who do u think u are", "who do you think you are", "who does {sub} think", "nobody asked", "no one asked", "stfu", "shut up", "shut your", "'s problem", "an l", "took an l", "l teacher", "ratio", "is a hate crime", "hate crime", "he's finished", "she's finished", "hes finished", "trout", "trouts", "old trout", "old trouts", "nowt but", "mard arse", "mardy arse", "daft apeth", "soft lad", "soft get", "crank", "snowflake", "karen", "wannabe", "try hard", "tryhard", "cringe", "cringey", "greedy", "money grabbing", "money-grabbing", "stingy", "we all know it", "everyone knows it", "and everyone knows", "mates with", "jobs for the boys", "it's who you know",
];

/// Nouns that insult only as a name for someone ("a tool", "absolute animals", "you mug"), never in
/// "a useful tool", "the zoo trip" or "dinosaur day": each needs one of [`NAMING`] before it.
#[rustfmt::skip]
pub const NAMED_INSULTS: WordList = word_list![
    "tool", "tools", "mug", "melt", "dragon", "pig", "pigs", "rat", "rats", "madam", "princess", "snake", "snakes", "sap", "lemon", "weapon", "donkey", "plank", "dog", "sheep", "drip", "wet wipe", "bum", "goon", "goons", "troll", "gremlin", "goblin", "peasant", "peasants", "clown", "clowns", "circus", "zoo", "animals", "dinosaur", "failure", "dump", "cult", "gossip", "bore", "nerd", "geek", "mess", "witch", "hag", "tart", "lunatic", "loon", "psycho", "simp", "wimp", "cow", "cows", "joke", "bully", "bullies", "disgrace", "snob", "snobs", "muppet", "liar", "coward", "fraud", "embarrassment", "weirdo", "creep",
    "animal", "diva", "dinosaurs", "pagan", "paigon", "opp", "wasteman", "neek", "div", "idiot",
];

/// What makes a word a name for someone: an article or intensifier before it.
#[rustfmt::skip]
pub const NAMING: WordList = word_list![
    "a", "an", "such a", "such an", "what a", "what an", "absolute", "total", "proper", "complete", "right",
    "utter", "you", "you're a", "ur a", "little", "old", "bunch of", "pack of", "load of", "lot of", "a right",
    "a proper", "bloody", "fucking", "effing", "f***ing", "massive", "big", "fat", "ugly", "lazy", "stupid",
    "useless", "nasty", "miserable", "arrogant", "vile", "horrible", "silly", "daft", "thick", "two-faced",
    "sneaky", "spineless", "entitled", "nosy", "nosey", "mardy", "stuck up", "like a", "like", "are", "is a",
    "is an", "being a", "like supervising a", "of a", "of the", "biggest", "complete and utter", "absolute bunch of",
];

/// Adjectives and phrases that insult only when said of someone ("the teachers are awful", "she is evil"):
/// each needs a linking verb or a noun-naming word before it (see [`LINKING`]).
#[rustfmt::skip]
pub const LINKED_INSULTS: WordList = word_list![
    "worst", "the worst", "awful", "terrible", "dreadful", "rubbish", "crap", "shit", "a mess", "hot mess",
    "rank", "grim", "fat", "dim", "weird", "boring", "sour", "bitter", "toxic", "foul", "evil", "poisonous",
    "cruel", "dry", "slow", "simple", "special", "long", "dopey", "feral", "wet", "moist", "savages",
    "a mad house", "a madhouse", "an asylum",
];

/// Words that say what someone is: "is", "are", "so", "such"…
#[rustfmt::skip]
pub const LINKING: WordList = word_list![
    "is", "are", "was", "were", "'s", "'re", "be", "being", "so", "such", "too", "really", "very", "proper",
    "absolutely", "totally", "completely", "utterly", "just", "bloody", "fucking", "f***ing", "effing",
    "the most", "most", "is the", "are the", "is so", "are so", "is such", "is just", "are just", "are all",
    "is a", "looks", "look", "seems", "sounds", "acting", "bare", "well", "dead", "proper", "pure",
];

/// Swearing that is only an insult when it sits beside a target ("useless f***ers").
#[rustfmt::skip]
pub const SWEARS: WordList = word_list![
    "fuck", "fucking", "fucked", "fucker", "fuckers", "fuckin", "effing", "shit", "shite", "shitting", "bollocks",
    "piss", "pissed", "piss-take", "piss take", "taking the piss", "bastard", "twat", "cunt", "wanker", "arse",
    "knob", "dick", "prick", "bitch", "cock", "bellend", "tosser",
    "bastards", "shithole", "arsehole", "arseholes", "dickhead", "dickheads", "knobhead", "twats", "wankers", "tossers", "cunts", "bitches", "shitshow",
];

/// Wrongdoing stated as fact: defamatory when aimed at someone.
#[rustfmt::skip]
pub const ACCUSATIONS: WordList = word_list![
    "pocketing", "pockets the", "pocketed", "fiddling", "fiddled", "fiddles the", "cooking the books",
    "embezzling", "embezzled", "stealing", "steals", "stole", "nicking", "nicked", "on the take", "bribe",
    "bribes", "bribed", "backhander", "rigged", "rigging", "lies to", "lied to", "lies about",
    "lied about", "lies through", "is lying", "are lying", "keeps lying", "covered up", "covering up",
    "cover up", "cover-up", "swept it under", "drunk", "half cut", "half-cut", "pissed", "hungover",
    "stinks of booze", "stinks of drink", "smells of booze", "smells of drink", "reeks of", "on drugs",
    "off {pos} face", "high as a kite", "stoned", "having an affair", "sleeping with", "shagging",
    "has favourites", "have favourites", "plays favourites", "jobs for",
    "for her mate", "for his mate", "hides in {pos} office", "hides in the office", "hiding in {pos} office",
    "doesn't do anything", "does nothing all day", "hasn't marked", "never marks", "takes the money",
    "took the money", "abuses", "abused", "assaulted", "hits the kids", "grabbed",
    "manhandled", "screams at", "screamed at", "shouts at the kids", "humiliates", "humiliated", "belittles",
    "picks on", "victimising", "victimised", "discriminates", "discriminating", 
    "creaming off", "lining {pos} pockets", "fiddling the", "on the fiddle", "nicks", "pinching", "pinched", "only happen if", "only happens if", "isn't mates", "depends who you know", "gets away with", "got away with", "turns a blind eye", "turn a blind eye", "covering for", "covers for", "protects {pos} mates", "cheats", "cheated", "cheating", "doctored", "faked", "only got the job", "got the job because", "rigged the",
];

/// Dissatisfaction and blame.
#[rustfmt::skip]
pub const DISSATISFIED: WordList = word_list![
    "disgusted", "disgusting", "appalled", "appalling", "disappointed", "disappointing", "so disappointed",
    "really disappointed", "let down", "let us down", "let my", "let her down", "let him down", "badly let down",
    "not happy", "unhappy", "not impressed", "unimpressed", "not acceptable", "unacceptable", "not ok",
    "not okay", "not on", "isn't on", "not good enough", "isn't good enough", "not fair", "unfair", "so unfair",
    "isn't fair", "not right", "isn't right", "fed up", "sick of", "sick to death", "sick and tired", "had enough",
    "frustrated", "frustrating", "furious", "fuming", "livid", "irate", "raging", "seething",
    "tamping", "hopping mad", "shocking", "outrageous", "outraged", "ridiculous",
    "beyond a joke", "beyond belief", "poor show", "poor communication", "embarrassing", 
    "a farce", "pathetic", "laughable", "absolutely shocking", "no excuse",
    "inexcusable", "negligent", "negligence", "letting down", "letting our",
    "taking the mick", "taking the mickey", "taking the piss", "piss-take", "having a laugh", "mithering",
    "disorganised", "disorganized", 
    "the bare minimum", "bare minimum", "sort it out", "needs to sort",
    "need to sort", "get a grip", "get their act together", "get your act together", "should be ashamed",
    "ashamed", "shame on", "how hard is it", "how difficult is it", "is it too much to ask", "too much to ask",
    "some of us have jobs", "some of us work", "no wonder", "wonders why", "wonder why", "what is the point",
    "what's the point", "whats the point", 
    "at breaking point", "can't cope", "cant cope", 
    "before a child gets hurt", "won't listen", "wont listen", "doesn't listen", "don't listen",
    "never listen", "never listens", "refuse to", "refuses to", "refused to", "ignored", "ignores",
    "ignoring", "dismissed", "dismissive", "fobbed off", "fobbing", "fob us off", "fobs us off", "brushed off",
    "brushed aside", "swept under", "under the carpet", "palmed off", "not bothered", "don't care", "dont care",
    "doesn't care", "doesnt care", "didn't care", "don't give a", "couldn't care less", "couldnt care less",
    "can't be bothered", "cant be bothered", "lost control", "no control", "out of control", 
    
    "not from the school", 
    
    
    
    "not surprised", "of course", "as usual", "because of course", "make it make sense", "how are we meant to", "how am i meant to", "how am i supposed to", "how are we supposed to", "supposed to", "meant to", "when exactly", "daylight robbery", "rip off", "rip-off", "ripoff", "free-for-all", "free for all", "not worth the paper", "empty promises", "nothing but", "got nothing", "cares more about", "except actually", "pretends", "shambles", "farce", "beyond petty", "petty", "generous", "my backside", "my arse", "like dirt", "put the phone down", "just shrug", "just shrugs", "shrug", "shrugs", "straight back", "for something", "for nothing", "nowt", "learnt nowt", "owns up", "own up", "taken for cover", "no notice", "no consultation", "without asking me", "without asking", "charging", "robbery", "a con", "money grab", "cash cow", "wastad", "not at least", "at least check", "running a business", "cut our", "monitoring the situation", "work smarter", "a matter for", "no one knows", "nobody knows", "didn't know anything", "not one reply", "not one call", "not one text", "not one letter", "not one phone call", "single call", "won't return", "won't reply", "doesn't reply", "not replied", "left out", "forgotten", "get forgotten", "the same story", "same every", "same old", "what a surprise", "surprise surprise", "shock horror", "heaven forbid", "god forbid", "apparently that's", "beyond me", "what i don't understand", "i'd like someone", "explain to me how", "how that was handled", "taken for", "took away", "taken away", "stone cold", "limping along", "can't afford", "cant afford", "while we", "whilst we",
];

/// Failures of handling: what was not done, not said, not answered.
#[rustfmt::skip]
pub const FAILURES: WordList = word_list![
    "still no", "still not", "still hasn't", "still haven't", "still hasnt", "still havent", "still waiting",
    "still nothing", "still no reply", "still no response", "still no word", "no reply", "no replies",
    "no response", "no answer", "no explanation", "no warning", "no notice", "no communication", "no support",
    "zero support", "zero communication", "no help", "no apology", "no follow up", "no follow-up", 
    "not once", "not a single", "not a word", "not even a",
    "nothing was done", "nothing has been done", "nothing done", "nothing since", "and nothing",
    "heard nothing", "got nowhere", "getting nowhere", "no further", "hasn't replied", "haven't replied",
    "hasn't responded", "haven't responded", "hasn't got back", "haven't got back", "hasnt replied",
    "hasn't bothered", "didn't bother", "didnt bother", "never bothered", 
    "didn't even", "didnt even", "did nothing", "does nothing", "doing nothing", "done nothing",
    "do nothing", "never replies", "never reply", "never replied", "never answers", "never answer",
    "never answered", "never tell", "never tells", "never told", "never heard back", "never got back",
    "won't tell", "wont tell", "won't explain", "won't even", "wont even", "can't even", "cant even",
    "couldn't even", "couldnt even", "without asking", "without warning", "without telling", "without consulting",
    "without explanation", "with no explanation", "with no notice", "with no warning",
    "less than 24 hours", "hours notice", "hours' notice", "days notice", "days' notice", 
    
    
    "cut our", "top-slicing",
    "pointed her out", "pointed him out", "singled out", "in front of the class", "in front of everyone",
    "no cover",
    
    
    "the way the school", "how the school", "how they handled", "how she handled",
    "how he handled", 
    
    "obviously never", "clearly never",
    "never tried", "has obviously", "no one at", "nobody at", "nobody from", "no one from", "nobody in",
    "no one in", "nobody seems", "no one seems", "nobody cares", "no one cares", "nobody came", "no one came",
    "nobody told", "no one told", "nobody tells", "nobody has told", "nobody will tell", "nobody phoned",
    "weren't told", "wasn't told", "not consulted", 
    
    "isn't getting", "aren't getting", 
    "nobody said", "no one said", "nobody explained", "no one explained", "never once", "told nothing", "were told nothing", "was told nothing", "promised us", "promised the", "promised that", "who made that call", "who decided", "if at all", "worth the paper", "is generous", "paying for it", "the ones paying", "too much for", "expects it back", "same every", "can't put together", "cant put together", "can't get", "can't organise", "cant organise", "a year later", "still won't", "still doesn't", "still don't", "still can't", "but not for", "thanks for that", "thanks for nothing", "really helpful", "very helpful not", "great, another", "oh great", "brilliant, another", "cheers for that", "talk to each other", "talks to each other", "left hand", "no idea what", "haven't a clue", "clue what", "nobody knows what",
];

/// Signs of complaint too weak on their own: repetition, waiting, lateness, rhetorical
/// questions, exasperated emoji.
#[rustfmt::skip]
pub const WEAK: WordList = word_list![
    "poor", "a mess", "mess", "zero", "too much", "instead of", "hear about", "third time", "fourth time",
    "second time", "fifth time", "umpteenth time", "yet again", "again", "once again", "every single", "every time",
    "always", "never", "keeps", "keep", "kept", "constantly", "continually", "still", "only", "even", "utterly",
    "absolute", "worst", "typical", "chaos", "chaotic", "a nightmare", "nightmare", "gets hurt", "dangerous",
    "a danger", "unsafe", "not safe", "expects us", "expect us", "expected to", "we're expected", "were expected",
    "rather than from", "found out from", "find out from", "found out off", "find out off", "found out on",
    "find out on", "heard from a", "drowning", "pointless", "embarrassed", "shocked", "angry", "annoyed", "fail",
    "failing", "failed", "fails", "sort out", "gutted", "ignore", "not fit", "honestly what", "cancelled", "promised",
    "was promised", "were promised", "we were told", "was told", "were told", "told us", "told to", "being told",
    "taken off", "cut the", "cutting", "sent home", "kept in", "kept her in", "kept him in", "detention", "isolation",
    "excluded", "nowhere", "months ago", "weeks ago", "a week later", "a month ago", "for weeks", "for months",
    "since september", "since christmas", "since october", "all year", "all term", "this term", "lost", "handled",
    "dealt with", "why does", "why do", "why is", "why are", "why has", "why have", "why can't", "why cant",
    "why won't", "why wont", "why did", "why didn't", "why should", "how is it", "how come", "what happened to",
    "found out", "waited", "waiting", "been waiting", "still on", "same reading", "not picked", "not been",
    "not getting", "not given", "not even", "no reading", "no homework", "no lock", "hasn't", "haven't", "hasnt",
    "havent", "the day before", "the night before", "last minute", "the last minute", "changed again", "moved again",
    "cancelled again", "without any", "doesn't seem", "don't seem", "seems to think", "seem to think", "no one",
    "nobody", "noone", "no-one", "not one", "not told", "not informed", "😤", "😡", "😠", "🤬", "🙄", "😒", "🤦", "🤦‍♀️",
    "🤦‍♂️", "😩", "again?", "?!", "!!", "every day", "every week", "every morning", "every afternoon", "most days",
    "half the time", "all the time", "once", "twice", "three times", "four times", "for nothing", "the only one",
    "the only class", "only one", "not a single", "seriously", "honestly", "literally", "ridiculous", "joke",
    "another",
    "since", "since before", "since easter", "since half term", "since november", "since january", "three emails", "three weeks", "twice now", "week running", "running", "yet another", "same week", "same boy", "the same", "actually", "ever", "only ever", "cos of", "because of", "for the whole", "the whole week", "all week", "every night", "every term", "every year", "sent him", "sent her", "gave me", "gave us", "rang me", "rang my", "made us", "made me", "stood in the rain", "in the rain", "late", "a detention", "behaviour point", "fine us", "fined", "fines", "£",
    "can't", "cant", "won't", "wont", "couldn't", "wouldn't", "this week", "third", "fourth", "second", "fifth", "??", "now", "while", "whilst", "before",
];

/// Praise, thanks, and slang used as praise.
#[rustfmt::skip]
pub const PRAISE: WordList = word_list![
    "legend", "legends", "a legend", "star", "superstar", "brilliant", "amazing", "fantastic", "fab", "fabulous",
    "wonderful", "superb", "excellent", "outstanding", "incredible", "awesome", "ace", "lush", 
    "quality", "top notch", "well done", "thank you", "thanks", "thank", "cheers", "shout out", "shoutout",
    "big up", "so proud", "proud", "loved", "loves", "adores", "adore", "gorgeous", 
    "smashed it", "smashed", "killed it", "nailed it", "bossed it", "absolute star",
    "deserves a medal", "saint", "wizard", "wizards", "grafter",
    "hard working", "hardworking", "dedicated", "lovely", "helpful", "credit to",
    "peng", "dench", "banging", "bangin", "sick", "savage", "wicked", "mental", "insane", "unreal", "beasts",
    "beast", "🔥", "goat", "the goat", "ledge", "cracking", "belter",
    "blinding", "buzzing", "made my day", "in bits", "crying laughing", "😍", "🥰", "❤️", "❤", "⭐", "🏆",
    "👏", "🙌", "bloody brilliant", "so glad", "grateful", "appreciate", "appreciated", "much appreciated",
    "well deserved", "congratulations", "congrats", "good luck", "fair play", "chuffed", 
    "the best", "is the best", "best teacher", "godsend", "a godsend", "lifesaver", "life saver", "saved the day", "worth their weight",
    "chwarae teg", "diolch", "da iawn", "ffab",
];

/// The writer speaking of themselves.
#[rustfmt::skip]
pub const SELF_REFS: WordList = word_list![
    "i'm", "im", "i am", "i was", "i feel", "i felt", "i look", "i looked", "me", "myself", "my own", "from me",
    "goes to me", "useless me", "silly me", "stupid me", "idiot me", "muggins", "am i", "i'm such", "im such",
    "i'm the", "im the", "i've been", "my brain", "my handwriting", "my memory", "i'm a", "im a", "i'm an",
    "moment from me", "yours truly", "we're such", "we are such", "i'm so", "im so",
];

/// Reporting what someone else said, or what happened to one's child.
#[rustfmt::skip]
pub const REPORTS: WordList = word_list![
    "says", "said", "saying", "told {obj}", "told me", "told my", "tells {obj}", "telling {obj}",
    "called {obj}", "called my", "calling {obj}", "calling my", "calls {obj}", "been called", "was called",
    "got called", "keeps calling", "keep calling", "came home saying", "came home upset", "came home crying",
    "apparently", "according to", "was told", "a parent told", "told her", "told him", "shouted",
    "someone shouted", "chanting", 
    
];

/// Asking for help or advice.
#[rustfmt::skip]
pub const HELP: WordList = word_list![
    "any advice", "any tips", "any ideas", "advice please", "advice needed", "what would you do",
    "what would you", "what should i", "what do i", "how do i", "how would you", "how should i", "how can i",
    "should i", "shall i", "do i", "who do i", "who should i", "is it worth", "am i overreacting",
    "am i being", "aibu", "wwyd", "anyone had this", "anyone else had", "has anyone", "has anybody",
    "does anyone", "does anybody", "anyone know", "anybody know", "any help", "help please", "please help",
    "how to handle", "how to support", "how to deal", "best way to", "the best way", "how do you", "what's the best",
    "whats the best", "found a way", "reassure", "support {obj}", "support her", "support him", "who to speak to",
    "who do i speak to", "where do i", "what can i", "is there a way", "is there anything",
];

/// Polite requests and information questions.
#[rustfmt::skip]
pub const POLITE: WordList = word_list![
    "please", "pls", "plz", "could the", "could you", "could someone", "could anyone", "could we", "could i",
    "would it be possible", "would the", "would you", "would someone", "would anyone", "is it possible",
    "can someone", "can anyone", "can the", "can you", "can we", "does anyone know", "does anybody know",
    "do you know", "anyone know", "just wondering", "wondering if", "i was wondering", "quick question",
    "kindly", "many thanks", "thanks in advance", "thank you in advance", "when is", "when does", "when do",
    "where is", "where do", "where can", "what time", "who is", "who's on", "which", "is it", "is there",
    "are there", "has slt confirmed", "does it", "do we need", "do they",
];

/// Contrast: what comes after it is the point.
pub const CONTRASTS: WordList = word_list!["but", "however", "shame", "although", "though", "yet", "except"];

/// Negations that turn a cue round.
#[rustfmt::skip]
pub const NEGATIONS: WordList = word_list![
    "not", "never", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "no way", "far from", "hardly",
    "nothing like", "not at all", "don't think", "dont think", "wouldn't say", "not that",
];

/// Every lexicon with its class, in the order classes are assigned.
pub const LEXICONS: &[(Class, WordList)] = &[
    (Class::Target, TARGETS),
    (Class::Process, PROCESSES),
    (Class::OtherTarget, OTHER_TARGETS),
    (Class::Mock, MOCKS),
    (Class::Laugh, LAUGHS),
    (Class::Quoting, QUOTING),
    (Class::NotTarget, NOT_TARGETS),
    (Class::Pronoun, PRONOUNS),
    (Class::You, YOU),
    (Class::Threat, THREATS),
    (Class::Intent, INTENTS),
    (Class::Harm, HARMS),
    (Class::Insult, INSULTS),
    (Class::NamedInsult, NAMED_INSULTS),
    (Class::Naming, NAMING),
    (Class::LinkedInsult, LINKED_INSULTS),
    (Class::Linking, LINKING),
    (Class::Swear, SWEARS),
    (Class::Accusation, ACCUSATIONS),
    (Class::Dissatisfied, DISSATISFIED),
    (Class::Failure, FAILURES),
    (Class::Weak, WEAK),
    (Class::Praise, PRAISE),
    (Class::SelfRef, SELF_REFS),
    (Class::Report, REPORTS),
    (Class::Help, HELP),
    (Class::Polite, POLITE),
    (Class::Contrast, CONTRASTS),
    (Class::Negation, NEGATIONS),
];

/// Expands the `{slot}`s of `entry` into every phrase it stands for, each given to `each`.
pub fn expand(entry: &str, each: &mut impl FnMut(&str)) {
    // Most entries have no slot: one byte search instead of one per slot, and no copy (the lexicon is built as a
    // page's first keystroke waits).
    let slotted = entry.contains('{');
    let Some((slot, words)) = SLOTS.iter().find(|(slot, _)| slotted && entry.contains(slot)) else {
        each(entry);
        return;
    };
    for word in *words {
        let replaced = entry.replacen(slot, word, 1);
        expand(replaced.trim(), each);
    }
}

/// The censored spellings of a swear word: "fucking" → "f***ing", "f**king",
/// "f*cking", "f******"; "shite" → "sh*te", "s***e"… (a first letter kept,
/// some of the letters after it starred, and the ending often kept).
pub fn censored(word: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 || !chars.iter().all(|c| c.is_ascii_alphabetic()) {
        return;
    }
    let n = chars.len();
    // A run of stars from position `from` to `to` (exclusive), the rest kept.
    for from in 1..n {
        for to in from + 1..=n {
            if to - from > 4 && to != n {
                continue;
            }
            let starred: String =
                chars.iter().enumerate().map(|(i, &c)| if i >= from && i < to { '*' } else { c }).collect();
            out.push(starred);
        }
    }
    // Each vowel starred on its own ("b*stard", "sh*te").
    for (i, c) in chars.iter().enumerate().skip(1) {
        if "aeiou".contains(*c) {
            let mut v = chars.clone();
            v[i] = '*';
            out.push(v.into_iter().collect());
        }
    }
}
