//! Small English lexicons the detectors use to read context. All entries are
//! folded (lower case, no accents) so they compare with [`crate::text::fold`]ed words.

use std::collections::HashSet;

use crate::fast_hash::Fast;
use crate::word_list;
use crate::word_list::WordList;
use std::sync::LazyLock;

/// First names that are also ordinary words, months or places. Such a name
/// counts only where it names a person ("Well done Grace!"), never in "a
/// grace period", "Will you come?", "in May" or "the summer fair".
#[rustfmt::skip]
const WORD_NAMES: WordList = word_list![
    // Virtues and feelings.
    "grace", "hope", "faith", "charity", "joy", "patience", "prudence", "constance", "verity", "mercy", "honour",
    "honor", "justice", "liberty", "harmony", "melody", "serenity", "felicity", "destiny", "trinity", "precious",
    "comfort", "blessing", "blessed", "gift", "goodness", "favour", "favor", "peace", "wisdom", "victory",
    "miracle", "divine", "praise", "prosper", "marvel", "glory", "happy", "lucky", "merry", "sunny", "noble",
    "bright", "true", "modesty", "unity", "journey", "passion", "royal", "angel", "treasure",
    // Flowers, plants, trees and gems.
    "rose", "lily", "daisy", "ivy", "holly", "poppy", "iris", "violet", "heather", "hazel", "olive", "willow",
    "jasmine", "blossom", "bryony", "clover", "fern", "laurel", "myrtle", "primrose", "rosemary", "sage", "basil",
    "saffron", "ginger", "pepper", "cherry", "apple", "berry", "bramble", "rowan", "ash", "oak", "reed", "moss",
    "amber", "jade", "ruby", "pearl", "crystal", "jewel", "coral", "opal", "garnet", "beryl", "jet", "gem", "honey",
    "sugar", "candy", "cookie", "sky", "rain", "storm", "misty", "frost", "snow", "star", "sunshine",
    // Animals.
    "robin", "wren", "lark", "dove", "raven", "hawk", "fox", "wolf", "bear", "buck", "drake", "finch",
    // Seasons.
    "summer", "autumn", "winter", "spring",
    // Everyday words.
    "will", "mark", "bill", "frank", "art", "rich", "guy", "drew", "chase", "hunter", "miles", "pat", "sue", "ray",
    "don", "gene", "nick", "rob", "peg", "sandy", "dawn", "eve", "jack", "max", "min", "bob", "kit", "bud", "chip",
    "rusty", "dusty", "buddy", "cash", "bond", "grant", "lance", "cliff", "dale", "glen", "heath", "brook", "river",
    "lake", "forest", "stone", "rocky", "rock", "clay", "dean", "earl", "duke", "king", "prince", "princess",
    "queen", "major", "sterling", "hardy", "young", "said", "wade", "rod", "penny", "carol", "noel", "christian",
    "mason", "archer", "cooper", "taylor", "parker", "carter", "bishop", "porter", "piper", "sawyer", "ranger",
    "scout", "marshal", "baron", "page", "bay", "cole", "gray", "grey", "brown", "white", "green", "black",
    "golden", "silver", "goldie", "sonny", "lacey", "lacy", "ivory", "ebony", "skye",
    "eden", "heaven", "nova", "luna", "stella", "aurora",
    "sole", "nail", "aura", "jun", "yang", "terry", "jean", "lei", "che", "marina", "ocean", "diamond", "emerald",
    "sapphire", "fortune", "memory", "beauty", "innocent", "legend", "reign", "arrow", "rebel", "flint", "cove",
    "peaches", "toffee", "bliss", "chuck", "lovely", "marvellous", "temperance", "chance", "story", "bunny", "aria", "echo", "halo", "om",
    "bo", "jo", "al", "ed", "mo", "ty", "an", "su", "lee", "cat", "ally", "teddy", "dot",
    // Welsh words: hill, star, snow, valley.
    "bryn", "seren", "eira", "glyn",
];

/// First names that are also abbreviated days ("Thu", "Sun"): names only with strong evidence.
#[rustfmt::skip]
const DAY_NAMES: WordList = word_list!["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// Words before a name that, where case says nothing, mark a person: "well done grace", "happy birthday will".
#[rustfmt::skip]
const PERSON_CUES: WordList = word_list![
    "done", "birthday", "bday", "congrats", "congratulations", "thanks", "dear", "hi", "hello", "hey", "bye", "ask",
    "tell", "love", "miss", "proud",
];

/// Words before a name that mark a person even where the name is written in
/// lower case in a text that uses capitals: "Happy 6th birthday jordan!", "Dear summer".
const STRONG_PERSON_CUES: WordList = word_list!["birthday", "bday", "congrats", "congratulations", "dear"];

/// Days and day words: "for June on Friday", "pick up for Lee weds", "Lei tomorrow".
#[rustfmt::skip]
const DAY_WORDS: WordList = word_list![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight",
    "tmrw", "tmr", "tmw",
];

/// First names that are also months: not names "in May", "by June", "May 6".
const MONTH_NAMES: WordList = word_list!["may", "june", "april", "august", "january", "march", "jan", "july"];

/// First names that are also places: not names "in Florence", "from India".
#[rustfmt::skip]
const PLACE_NAMES: WordList = word_list![
    "india", "china", "paris", "florence", "georgia", "jordan", "chelsea", "brooklyn", "sydney", "austin",
    "kingston", "adelaide", "victoria", "devon", "kent", "york", "lincoln", "camden", "israel", "asia", "africa",
    "london", "milan", "siena", "vienna", "dakota", "carolina", "virginia", "savannah", "phoenix", "orlando",
];

/// First names that are also places but mostly people's names: not names only
/// where the context says place ("holiday in Angus", "trip to Iona", "at Blair Atholl").
#[rustfmt::skip]
const PLACES_NAMED_LIKE_PEOPLE: WordList = word_list![
    "iona", "harris", "lewis", "arran", "bute", "blair", "angus", "beverley", "chester", "preston", "clyde",
    "kendal", "darwin", "tyne", "derby", "ripon", "selby", "hamilton", "ross", "elgin", "nairn", "lorne",
];

/// Words before a place that rarely come before a person ("to" does: "well done to Iona").
#[rustfmt::skip]
const STRONG_PLACE_CUES: WordList = word_list![
    "in", "at", "from", "near", "visit", "visiting", "visited", "around", "across", "via", "outside", "inside",
];

/// Words before "to" that make it travel: "trip to Iona", "going to Beverley races".
#[rustfmt::skip]
const TRAVEL_WORDS: WordList = word_list![
    "trip", "trips", "holiday", "holidays", "going", "go", "went", "gone", "travel", "travelling", "traveling",
    "drive", "drove", "driving", "moving", "moved", "move", "flight", "flying", "ferry", "train", "coach", "bus",
    "visit", "journey", "way", "back", "day", "weekend", "road",
];

/// Words that start a sentence or a phrase, never a town after a comma.
#[rustfmt::skip]
const SENTENCE_WORDS: WordList = word_list![
    "the", "a", "an", "and", "but", "or", "so", "then", "also", "just", "please", "thanks", "thank", "cheers",
    "let", "drop", "bring", "call", "text", "ring", "phone", "email", "message", "see", "come", "party", "everyone",
    "anyone", "all", "hope", "love", "we", "i", "it", "its", "this", "that", "there", "here", "from", "starts",
    "start", "rsvp", "tia", "lol", "xx", "pm", "am", "meet", "park", "parking", "doors", "kids", "children",
    "tea", "food", "presents", "gifts", "no", "yes", "ok", "okay", "sorry", "happy", "near", "next",
    "opposite", "behind", "by", "on", "at", "in", "for", "with", "about", "after", "before", "until", "till",
    "to", "sat", "sun", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "saturday",
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "today", "tonight", "soon", "any",
    "some", "our", "my", "your", "their", "his", "her", "he", "she", "they", "you", "who", "what", "when", "where",
    "why", "how", "if", "can", "could", "would", "will", "shall", "should", "must", "may", "might", "do", "does",
    "did", "is", "are", "was", "were", "be", "been", "have", "has", "had", "not", "x", "xxx", "ps", "nb", "btw",
    "fyi", "asap", "welcome", "hi", "hello", "bye", "dm", "whatsapp", "ta", "plus", "free", "knock",
    "buzz", "flat", "apartment", "gate", "first", "second", "third", "fourth", "top", "bottom", "ground", "floor",
    "house", "number",
];

/// Verbs (and short verb phrases' first words) that follow a person's name at
/// the start of a sentence: "Grace is coming", "Hope scored twice".
#[rustfmt::skip]
const PERSON_VERBS: WordList = word_list![
    "is", "was", "has", "had", "have", "feels", "felt", "scored", "won", "wins", "turns", "turned", "lost", "loses",
    "said", "says", "wants", "wanted", "loves", "loved", "likes", "liked", "got", "gets", "did", "does", "can",
    "could", "will", "would", "should", "needs", "needed", "came", "comes", "went", "goes", "played", "plays",
    "made", "makes", "asked", "asks", "told", "tells", "brought", "took", "takes", "forgot", "forgets", "left",
    "leaves", "started", "starts", "joined", "joins", "finished", "finishes", "cried", "laughed", "fell", "hurt",
    "broke", "drew", "wrote", "read", "sang", "sings", "danced", "dances", "ran", "runs", "walked", "swam",
    "passed", "failed", "received", "achieved", "earned", "deserves", "deserved", "tried", "tries",
    "helped", "helps", "shared", "shares", "learned", "learnt", "knows", "knew", "thinks", "thought", "hates",
    "hated", "isn't", "wasn't", "hasn't", "can't", "won't", "didn't", "doesn't", "'s", "who", "just",
    "really", "always", "never", "also", "still", "finally", "now", "must", "might", "may", "missed", "misses",
    "wore", "wears", "looks", "looked", "seems", "seemed", "became", "becomes", "keeps", "kept", "stayed", "stays",
    "arrived", "arrives", "celebrated", "celebrates", "recited", "performed", "performs", "presented", "hit",
    "kicked", "threw", "caught", "bit", "pushed", "punched", "shouted", "screamed", "bullied", "bullies", "stole",
    "were", "are", "r", "sat", "sits", "stood", "slept", "sleeps", "cant", "didnt", "isnt", "wasnt", "doesnt",
    "wont", "hasnt", "aint", "painted", "paints", "planted", "baked", "bakes", "built", "builds", "designed",
    "created", "led", "leads", "organised", "raised", "collected", "climbed", "completed", "represented",
    "found", "finds", "showed", "shows", "gave", "gives", "sent", "ate", "eats", "writes",
    "swims", "saw", "sees", "heard", "met", "meets", "picked", "reads", "jumped", "climbs", "brings", "rose", "grew",
    "chose", "woke", "spoke", "flew", "rode", "began", "hid", "bought", "sold", "taught", "fought", "slid", "shook",
];

/// Words straight after a name at the start of a sentence that speak to that
/// person: "amber plz stop", "HUNTER WHY WOULD U".
const ADDRESS_WORDS: WordList = word_list!["plz", "pls", "please", "why", "wyd", "stop"];

/// Titles no pupil or member of staff carries: the name after them is someone
/// else's ("Pope Francis", "King Charles", "Prince George").
#[rustfmt::skip]
const TITLES_OF_OTHERS: WordList = word_list![
    "pope", "king", "queen", "prince", "princess", "lord", "lady", "archbishop", "bishop", "cardinal", "emperor",
    "empress", "president", "st", "st.", "saint",
    // Places and storms named after people: "River Jordan", "Holy Trinity", "Storm Ciara".
    "river", "mount", "lake", "loch", "isle", "cape", "port", "fort", "holy", "storm", "hurricane",
];

/// Places in a school that follow "in", "on" or "from" after a person: "Dawn on reception", "Jade in Year 6".
#[rustfmt::skip]
const SCHOOL_PLACES: WordList = word_list![
    "reception", "year", "yr", "nursery", "class", "form", "office", "playground", "duty", "gate", "after-school",
    "breakfast", "wraparound", "kitchen", "kitchens",
];

/// Words "Christian" describes in a church school's posts: "our Christian values".
#[rustfmt::skip]
const CHRISTIAN_NOUNS: WordList = word_list![
    "values", "value", "ethos", "faith", "school", "schools", "community", "character", "festival", "festivals",
    "charity", "aid", "union", "church", "teaching", "teachings", "tradition", "traditions", "worship", "foundation",
    "vision", "love", "family", "families", "prayer", "prayers", "calendar", "year", "distinctiveness", "life",
];

/// Jobs after "Name the …": "Bob the caretaker".
#[rustfmt::skip]
const SCHOOL_ROLES: WordList = word_list![
    "caretaker", "teacher", "head", "headteacher", "cook", "chef", "receptionist", "ta", "lollipop", "crossing",
    "librarian", "coach", "nurse", "chaplain", "secretary", "bursar", "cleaner", "dinner", "midday", "minibus",
    "bus", "site", "office",
];

/// Words straight after "Name, " that speak to that person: "Ruby, your mum is here".
#[rustfmt::skip]
const SPOKEN_TO: WordList = word_list![
    "your", "you're", "youre", "you", "u", "ur", "please", "plz", "pls", "remember", "well", "don't", "dont",
    "see", "come", "can", "could", "thanks", "thank",
];

/// Season and month names before these words describe them: "Autumn term", "Summer fair", "May half term".
#[rustfmt::skip]
const SEASON_NOUNS: WordList = word_list![
    "term", "terms", "fair", "fayre", "fete", "holiday", "holidays", "hols", "half", "concert", "show", "uniform",
    "leaves", "sun", "solstice", "break", "camp", "festival", "ball", "disco", "reading", "sports", "trip",
    "exams", "exam", "residential", "timetable", "menu", "newsletter", "production", "showcase", "fun",
];

/// Set phrases with a first name in them that name nobody on a roster: (words before, name, words after).
#[rustfmt::skip]
const IDIOMS: &[(&str, &str, &str)] = &[
    ("", "noah", "'s ark"), ("ave ", "maria", ""), ("hail ", "mary", ""), ("bloody ", "mary", ""),
    ("union ", "jack", ""), ("", "jack", " in the box"), ("", "jack", " of all trades"), ("", "jack", " frost"),
    ("", "jack", " and the beanstalk"), ("", "jack", " russell"), ("peeping ", "tom", ""), ("", "tom", " thumb"),
    ("", "tom", " and jerry"), ("doubting ", "thomas", ""), ("smart ", "alec", ""), ("plain ", "jane", ""),
    ("lazy ", "susan", ""), ("uncle ", "sam", ""), ("", "john", " doe"), ("", "joe", " bloggs"),
    ("", "hunter", " wellies"), ("", "hunter", " boots"), ("", "robin", " hood"), ("", "teddy", " bear"),
    ("", "harry", " potter"), ("", "peter", " pan"), ("", "peter", " rabbit"), ("", "mary", " poppins"),
    ("", "alice", " in wonderland"), ("", "oliver", " twist"), ("", "willy", " wonka"), ("", "winnie", " the pooh"),
    ("", "charlie", " and the chocolate factory"), ("", "james", " and the giant peach"), ("", "hansel", " and gretel"),
    ("hansel and ", "gretel", ""), ("", "father", " christmas"), ("", "billy", " goat"), ("", "harris", " tweed"),
    ("", "teddy", " bears"), ("", "poppy", " appeal"), ("", "tom", " kitten"),
    ("christmas ", "eve", ""), ("new year's ", "eve", ""), ("fantastic mr ", "fox", ""), ("", "bob", "'s your uncle"),
    ("pied ", "piper", ""), ("", "tom", " sawyer"), ("tom ", "sawyer", ""), ("", "guy", " fawkes"),
    ("", "florence", " nightingale"), ("", "taylor", " swift"), ("", "howard", " carter"), ("howard ", "carter", ""),
];

/// Words that, straight before a word-name, make it the ordinary word:
/// "the summer fair", "a grace period", "pure joy".
#[rustfmt::skip]
const DETERMINERS: WordList = word_list![
    "the", "a", "an", "this", "that", "these", "those", "every", "each", "some", "any", "no", "more", "much",
    "such", "what", "whose", "very", "so", "too", "pure", "real", "big", "little", "small", "great", "good", "red",
    "white", "wild", "fresh", "sweet", "oh", "its",
];

/// Words before a month: "in May", "by June", "early April".
#[rustfmt::skip]
const MONTH_CUES: WordList = word_list![
    "in", "of", "by", "on", "since", "until", "till", "til", "from", "during", "before", "after", "through",
    "throughout", "early", "late", "mid", "end", "start", "beginning", "next", "last", "this", "every", "it",
    "it's", "is", "for",
];

/// Words before a place: "in Florence", "from India", "visiting Paris".
#[rustfmt::skip]
const PLACE_CUES: WordList = word_list![
    "in", "from", "to", "near", "at", "visit", "visiting", "visited", "around", "across", "throughout", "via",
    "outside", "inside", "north", "south", "east", "west", "central",
];

/// Titles used before a surname ("Mrs Doe", "Dr. Banks").
#[rustfmt::skip]
const TITLES: WordList = word_list![
    "mr", "mrs", "miss", "ms", "mx", "dr", "prof", "professor", "sir", "dame", "mister", "madam", "rev", "revd",
    "master",
];

/// Words after a name that make it part of a place or an institution: "Victoria Road", "St Mary's Primary".
#[rustfmt::skip]
const PLACE_WORDS: WordList = word_list![
    "road", "rd", "street", "st", "lane", "avenue", "ave", "close", "drive", "way", "crescent", "gardens", "grove",
    "court", "place", "terrace", "mews", "rise", "view", "row", "square", "walk", "park", "green", "parade", "vale",
    "wharf", "yard", "croft", "hill", "gate", "meadow", "meadows", "fields", "school", "primary", "academy",
    "college", "high", "juniors", "junior", "infants", "infant", "nursery", "church", "chapel", "hospital",
    "cathedral", "university", "centre", "center", "hall", "library", "station", "house", "cottage", "farm",
    "lodge", "manor", "estate", "garden", "club", "fc", "united", "city", "town", "street's", "bridge", "common",
];

/// Common English words: SCOWL's sizes 10 and 20, lower case, up to 8 letters, sorted and
/// front-coded (each line: how many letters it shares with the word before, one
/// digit, then the rest). Where it comes from, its licence and how to remake it:
/// `data/english-words/README.md`.
const COMMON_ENGLISH_WORDS: &str = include_str!("../../data/english-words/words.txt");

/// The common English words in order, decoded from [`COMMON_ENGLISH_WORDS`] into one reused buffer.
fn for_each_common_english_word(mut f: impl FnMut(&str)) {
    let mut word = String::new();
    let mut start = 0;
    // Lines found with memchr: `str::lines` cost more than the rest of the decoding.
    let ends = memchr::memchr_iter(b'\n', COMMON_ENGLISH_WORDS.as_bytes()).chain([COMMON_ENGLISH_WORDS.len()]);
    for end in ends {
        let line = &COMMON_ENGLISH_WORDS[start..end];
        start = end + 1;
        if line.is_empty() {
            continue;
        }
        let shared = usize::from(line.as_bytes()[0] - b'0');
        word.truncate(shared);
        word.push_str(&line[1..]);
        f(&word);
    }
}

/// Which of `folded` (folded names, any order) are common English words: one
/// pass over the list, so an engine decodes the list once while it is built
/// and keeps none of it.
pub fn common_english_words<'n>(folded: impl IntoIterator<Item = &'n str>) -> HashSet<&'n str, Fast> {
    let names: HashSet<&'n str, Fast> = folded.into_iter().collect();
    let mut found = HashSet::default();
    if names.is_empty() {
        return found; // a text's own names table with nobody in it: the list need not be read
    }
    for_each_common_english_word(|word| {
        if let Some(name) = names.get(word) {
            found.insert(*name);
        }
    });
    found
}

/// One of the lists as a hash set.
type WordSet = HashSet<&'static str, Fast>;

/// The lists as hash sets, built on first use: they are read for every candidate name.
struct Sets {
    word_names: WordSet,
    day_names: WordSet,
    person_cues: WordSet,
    month_names: WordSet,
    place_names: WordSet,
    sentence_words: WordSet,
    person_verbs: WordSet,
    determiners: WordSet,
    month_cues: WordSet,
    place_cues: WordSet,
    titles: WordSet,
    place_words: WordSet,
    places_named_like_people: WordSet,
    strong_place_cues: WordSet,
    travel_words: WordSet,
    strong_person_cues: WordSet,
    season_nouns: WordSet,
    christian_nouns: WordSet,
    school_roles: WordSet,
    spoken_to: WordSet,
    address_words: WordSet,
    titles_of_others: WordSet,
    school_places: WordSet,
    day_words: WordSet,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| {
    let set = |list: WordList| list.iter().collect();
    Sets {
        word_names: set(WORD_NAMES),
        day_names: set(DAY_NAMES),
        person_cues: set(PERSON_CUES),
        month_names: set(MONTH_NAMES),
        place_names: set(PLACE_NAMES),
        sentence_words: set(SENTENCE_WORDS),
        person_verbs: set(PERSON_VERBS),
        determiners: set(DETERMINERS),
        month_cues: set(MONTH_CUES),
        place_cues: set(PLACE_CUES),
        titles: set(TITLES),
        place_words: set(PLACE_WORDS),
        places_named_like_people: set(PLACES_NAMED_LIKE_PEOPLE),
        strong_place_cues: set(STRONG_PLACE_CUES),
        travel_words: set(TRAVEL_WORDS),
        strong_person_cues: set(STRONG_PERSON_CUES),
        season_nouns: set(SEASON_NOUNS),
        christian_nouns: set(CHRISTIAN_NOUNS),
        school_roles: set(SCHOOL_ROLES),
        spoken_to: set(SPOKEN_TO),
        address_words: set(ADDRESS_WORDS),
        titles_of_others: set(TITLES_OF_OTHERS),
        school_places: set(SCHOOL_PLACES),
        day_words: set(DAY_WORDS),
    }
});

/// Whether a folded first name is also an ordinary word, month or place.
pub fn is_word_name(folded: &str) -> bool {
    SETS.word_names.contains(folded)
        || SETS.month_names.contains(folded)
        || SETS.place_names.contains(folded)
        || SETS.day_names.contains(folded)
}

/// Whether a folded name is also an abbreviated day of the week.
pub fn is_day_name(folded: &str) -> bool {
    SETS.day_names.contains(folded)
}

/// Whether a folded word before a name marks a person where case says nothing.
pub fn is_person_cue(folded: &str) -> bool {
    SETS.person_cues.contains(folded)
}

/// Whether a place that is also a name is used as the place here, from the two folded words before it
/// ("in Angus", "trip to Iona"); a possessive after it ("to Iona's party") makes it the person.
pub fn place_named_like_a_person(before_prev: &str, prev: &str, name: &str, possessive: bool) -> bool {
    if possessive || !SETS.places_named_like_people.contains(name) {
        return false;
    }
    SETS.strong_place_cues.contains(prev) || (prev == "to" && SETS.travel_words.contains(before_prev))
}

/// Whether the two words before a name mark a person whatever its case: a strong
/// cue ("birthday jordan", "dear summer"), "well done", or "to" after one
/// ("congrats to chelsea", "happy birthday to june").
pub fn marks_a_person(before_prev: &str, prev: &str) -> bool {
    let strong = |w: &str| SETS.strong_person_cues.contains(w);
    strong(prev)
        || (before_prev == "well" && prev == "done")
        || (prev == "to" && (strong(before_prev) || before_prev == "done"))
}

/// "to" after a person cue ("congrats to Chelsea", "thanks to Paris", "shout out to Jordan"): no journey.
fn to_a_person(before_prev: &str, prev: &str) -> bool {
    // "out": "shout out to Chelsea".
    prev == "to"
        && (SETS.person_cues.contains(before_prev)
            || SETS.strong_person_cues.contains(before_prev)
            || before_prev == "out")
}

/// Whether a folded name is a month or a day, whose capital is a convention and says nothing of a person.
pub fn is_month_or_day(folded: &str) -> bool {
    SETS.month_names.contains(folded) || SETS.day_names.contains(folded)
}

/// Whether a folded name is a month, a day, a season or a place: its capital is a convention (or a
/// habit: "can't wait for Summer"), not a sign of a person.
pub fn capital_is_conventional(folded: &str) -> bool {
    is_calendar_word(folded) || SETS.place_names.contains(folded)
}

/// "our little Ivy", "my sweet Rose": a word of endearment after "my", "our"… before a name.
pub fn endears(before_prev: &str, prev: &str) -> bool {
    is_possessive_pronoun(before_prev) && matches!(prev, "little" | "big" | "sweet" | "small" | "good" | "great")
}

/// "my", "our", "their"…
pub fn is_possessive_pronoun(folded: &str) -> bool {
    matches!(folded, "my" | "your" | "his" | "her" | "our" | "their")
}

/// "is lee ok", "is will going", "did rose get": an auxiliary that asks about someone, and what it asks.
pub fn asks_about_someone(prev: &str, next: &str) -> bool {
    matches!(prev, "is" | "was" | "isn't" | "isnt" | "did" | "didn't" | "didnt" | "does" | "has")
        && (matches!(next, "ok" | "okay" | "alright" | "allowed" | "still" | "back" | "feeling" | "coming" | "going")
            || (next.len() > 4 && next.ends_with("ing")))
}

/// Whether a folded word can follow a verb and open what it does: "pulled all the ivy", "rode up", "cycled to".
pub fn opens_an_object(folded: &str) -> bool {
    SETS.determiners.contains(folded)
        || is_possessive_pronoun(folded)
        || matches!(
            folded,
            "all"
                | "up"
                | "out"
                | "off"
                | "in"
                | "on"
                | "to"
                | "with"
                | "for"
                | "at"
                | "it"
                | "them"
                | "him"
                | "me"
                | "us"
                | "everyone"
                | "both"
                | "her"
                | "his"
                | "home"
                | "back"
                | "over"
                | "into"
                | "round"
                | "around"
        )
}

/// Whether the folded word after a name leaves it ending its phrase: nothing, or a word that does
/// not make the name describe it ("birthday jordan on Friday", not "birthday summer babies").
pub fn ends_a_phrase(next: &str) -> bool {
    next.is_empty()
        || is_person_verb(next)
        || matches!(
            next,
            "on" | "for" | "and" | "n" | "from" | "who" | "x" | "xx" | "xxx" | "in" | "at" | "with" | "today"
        )
}

/// A regular past tense ("pulled", "cycled"): a verb after a name, whichever it is.
pub fn looks_past_tense(folded: &str) -> bool {
    folded.len() >= 5 && folded.ends_with("ed") && folded.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether a word before a month's name takes a person as readily ("for June", "from June"): a day
/// or a time after the name then makes it someone ("a babysitter for June on Friday").
pub fn takes_a_month_or_a_person(prev: &str) -> bool {
    matches!(prev, "for" | "from")
}

/// Whether a folded word is a day or a day word ("friday", "weds", "tomorrow").
pub fn is_day_word(folded: &str) -> bool {
    SETS.day_words.contains(folded) || SETS.day_names.contains(folded)
}

/// Whether a folded name is a month ("may"), a season ("summer") or a day ("sun"): words of the
/// calendar, that take a day after them ("June on Friday" is no date) and wear emoji ("Summer☀️").
pub fn is_calendar_word(folded: &str) -> bool {
    is_month_or_season(folded) || SETS.day_names.contains(folded)
}

fn is_month_or_season(folded: &str) -> bool {
    SETS.month_names.contains(folded) || matches!(folded, "summer" | "autumn" | "winter" | "spring")
}

/// Whether the word before a word-name (`prev`, after `before_prev`) makes it the ordinary word, month or place.
pub fn makes_it_a_word(before_prev: &str, prev: &str, name: &str) -> bool {
    // "in May", "by June", "1st May", "Thursday 12 June".
    if SETS.month_names.contains(name) && (SETS.month_cues.contains(prev) || is_day_of_month(prev)) {
        return true;
    }
    if SETS.place_names.contains(name) && SETS.place_cues.contains(prev) && !to_a_person(before_prev, prev) {
        return true;
    }
    SETS.determiners.contains(prev)
}

/// Whether a lower-cased word typically starts a sentence (so is no town name).
pub fn is_sentence_word(lower: &str) -> bool {
    SETS.sentence_words.contains(lower)
}

/// Whether a folded word is a verb that follows a person's name.
pub fn is_person_verb(folded: &str) -> bool {
    SETS.person_verbs.contains(folded)
}

/// Whether a folded word is a title ("mrs"); a trailing full stop is allowed.
pub fn is_title(folded: &str) -> bool {
    SETS.titles.contains(folded.strip_suffix('.').unwrap_or(folded))
}

/// Whether a season, a month or a proper adjective describes the next word
/// ("autumn term", "christian values") rather than naming someone.
pub fn describes(name: &str, next: &str) -> bool {
    (is_month_or_season(name) && SETS.season_nouns.contains(next))
        || (name == "christian" && SETS.christian_nouns.contains(next))
}

/// "1", "12", "1st", "21st": a day of the month as written before its name.
fn is_day_of_month(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a folded word after "Name the" is a job ("caretaker").
pub fn is_school_role(folded: &str) -> bool {
    SETS.school_roles.contains(folded)
}

/// Whether a folded word after "Name, " speaks to that person ("your").
pub fn speaks_to_someone(folded: &str) -> bool {
    SETS.spoken_to.contains(folded)
}

/// Whether a folded word straight after a name at the start of a sentence speaks to that person.
pub fn is_address_word(folded: &str) -> bool {
    SETS.address_words.contains(folded)
}

/// Whether a folded word before a name is a title only people outside the school carry ("pope", "king").
pub fn is_title_of_others(folded: &str) -> bool {
    SETS.titles_of_others.contains(folded)
}

/// Whether a folded word names a place in a school ("reception", "year").
pub fn is_school_place(folded: &str) -> bool {
    SETS.school_places.contains(folded)
}

/// Whether the folded name, with the folded text before and after it, is inside a set phrase ([`IDIOMS`]).
pub fn in_idiom(before: &str, name: &str, after: &str) -> bool {
    let word_edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    IDIOMS.iter().any(|&(pre, n, post)| {
        n == name
            && before.ends_with(pre)
            && word_edge(before[..before.len() - pre.len()].chars().next_back())
            && after.starts_with(post)
            && word_edge(after[post.len()..].chars().next())
    })
}

/// Whether a folded word after a name makes the name part of a place.
pub fn is_place_word(folded: &str) -> bool {
    SETS.place_words.contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn lexicons_list_each_word_once() {
        for list in [
            WORD_NAMES,
            DAY_NAMES,
            PERSON_CUES,
            MONTH_NAMES,
            PLACE_NAMES,
            SENTENCE_WORDS,
            PERSON_VERBS,
            DETERMINERS,
            MONTH_CUES,
            PLACE_CUES,
            TITLES,
            PLACE_WORDS,
            ADDRESS_WORDS,
            TITLES_OF_OTHERS,
            SCHOOL_PLACES,
            SCHOOL_ROLES,
            SPOKEN_TO,
            SEASON_NOUNS,
            CHRISTIAN_NOUNS,
            PLACES_NAMED_LIKE_PEOPLE,
            STRONG_PLACE_CUES,
            TRAVEL_WORDS,
            STRONG_PERSON_CUES,
            DAY_WORDS,
        ] {
            let unique: HashSet<&str> = list.iter().collect();
            assert_eq!(unique.len(), list.len(), "a word is listed twice in {list:?}");
        }
    }

    #[test]
    fn the_english_word_list_is_sorted_folded_and_knows_words_from_names() {
        let mut words = Vec::new();
        for_each_common_english_word(|w| words.push(w.to_string()));
        assert!(words.len() > 7_000, "{} words", words.len());
        assert!(words.windows(2).all(|w| w[0] < w[1]), "the list is not sorted or has a word twice");
        assert!(words.iter().all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())));
        let found = common_english_words(["over", "angel", "zoe", "jose", "sean", "rose", "aardvark", "zzz", "a"]);
        let mut found: Vec<&str> = found.into_iter().collect();
        found.sort_unstable();
        assert_eq!(found, ["a", "aardvark", "angel", "over", "rose"]);
    }

    #[test]
    fn lexicons_are_folded() {
        for list in [
            WORD_NAMES,
            MONTH_NAMES,
            PLACE_NAMES,
            SENTENCE_WORDS,
            PERSON_VERBS,
            DETERMINERS,
            MONTH_CUES,
            PLACE_CUES,
            TITLES,
            PLACE_WORDS,
        ] {
            for w in list {
                assert_eq!(fold(w), *w, "{w} is not folded");
            }
        }
    }
}
