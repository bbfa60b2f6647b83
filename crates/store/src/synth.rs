//! A synthetic store for measuring queries at scale: articles of template
//! sentences over real gazetteer places and pack actors, one event per
//! sentence, written through the same batches as ingest (so the index is
//! built and kept in agreement the same way). Deterministic for a seed.

use std::time::Instant;

use rasad_article::Article;
use rasad_extract::{Event, Evidence, Location};
use rasad_pack::{Pack, Place, TAXONOMY};
use rasad_text::dates::Date;

use crate::ingest::{write_batch, Extracted, Progress, Report};
use crate::{Result, Store};

/// Events per synthetic article.
const EVENTS_PER_ARTICLE: usize = 4;
const ARTICLES_PER_BATCH: usize = 5_000;

/// Sentence templates: (sub-event type, Arabic with {actor} {place} {n}).
const TEMPLATES: &[(&str, &str)] = &[
    (
        "Air/drone strike",
        "شن الطيران الحربي التابع لـ{actor} غارات جوية على بلدة {place} ما أسفر عن مقتل {n} أشخاص",
    ),
    (
        "Air/drone strike",
        "قصفت طائرات {actor} أطراف قرية {place} بالصواريخ الفراغية",
    ),
    (
        "Shelling/artillery/missile attack",
        "استهدفت قوات {actor} مدينة {place} بقذائف المدفعية وراجمات الصواريخ",
    ),
    (
        "Armed clash",
        "اندلعت اشتباكات عنيفة بين {actor} ومسلحين على أطراف {place} وقتل خلالها {n} مقاتلين",
    ),
    (
        "Remote explosive/landmine/IED",
        "انفجرت عبوة ناسفة بسيارة في {place} زرعها مجهولون وأدت إلى مقتل {n} مدنيين",
    ),
    (
        "Suicide bomb",
        "فجر انتحاري سيارة مفخخة عند حاجز لـ{actor} في {place} ما أدى إلى مقتل {n} عناصر",
    ),
    (
        "Non-state actor overtakes territory",
        "سيطر مقاتلو {actor} على قرية {place} بعد معارك استمرت ساعات",
    ),
    (
        "Government regains territory",
        "استعادت قوات {actor} السيطرة على بلدة {place} إثر انسحاب المسلحين منها",
    ),
    (
        "Abduction/forced disappearance",
        "اختطف عناصر من {actor} ثلاثة مدنيين من أهالي {place} واقتادوهم إلى جهة مجهولة",
    ),
    (
        "Arrests",
        "شنت {actor} حملة دهم واعتقالات في حي {place} طالت عشرات الشبان",
    ),
    (
        "Peaceful protest",
        "خرج العشرات من أهالي {place} في مظاهرة سلمية تطالب بالإفراج عن المعتقلين",
    ),
    ("Attack", "أعدم عناصر {actor} {n} مدنيين رمياً بالرصاص في {place}"),
];

const OUTLETS: &[&str] = &[
    "Syrian Observatory for Human Rights",
    "SANA",
    "Enab Baladi",
    "Al Jazeera",
    "Orient News",
    "Reuters",
    "alaraby.co.uk",
    "Smart News",
];

/// splitmix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Small counts, mostly 0-5, sometimes dozens.
    fn toll(&mut self) -> u32 {
        match self.below(10) {
            0..=3 => 0,
            4..=7 => 1 + self.below(5) as u32,
            8 => 5 + self.below(20) as u32,
            _ => 20 + self.below(100) as u32,
        }
    }
}

/// Writes `events` synthetic events (and their articles) into `store`.
pub fn synthesize(
    store: &mut Store,
    pack: &Pack,
    events: usize,
    seed: u64,
    report: &mut dyn FnMut(Report<'_>),
) -> Result<Progress> {
    let started = Instant::now();
    let places: Vec<&Place> = pack.places.iter().filter(|p| p.precision == 1).collect();
    let actors: Vec<(&str, &str)> = pack
        .actors
        .iter()
        .filter(|a| a.id != "civilians")
        .filter_map(|a| a.aliases.first().map(|al| (a.id.as_str(), al.as_str())))
        .collect();
    let start = Date::parse("2011-03-15").expect("a date").days_since_epoch();
    let span = Date::parse("2020-12-31").expect("a date").days_since_epoch() - start;
    let mut rng = Rng(seed);
    // Fused at the end, all at once.
    store.fuse_on_write = false;
    let mut progress = Progress::default();
    let mut batch = Vec::with_capacity(ARTICLES_PER_BATCH);
    let mut made = 0;
    let mut n_article = 0;
    while made < events {
        let k = EVENTS_PER_ARTICLE.min(events - made);
        n_article += 1;
        let day = Date::from_days_since_epoch(start + rng.below(span as usize) as i64);
        batch.push(article(&mut rng, n_article, day, k, &places, &actors));
        made += k;
        progress.read += 1;
        if batch.len() == ARTICLES_PER_BATCH || made == events {
            write_batch(store, &mut batch, &mut progress)?;
            progress.elapsed = started.elapsed();
            report(Report::Progress(&progress));
        }
    }
    store.fuse_on_write = true;
    store.flush()?;
    store.analyze()?;
    progress.elapsed = started.elapsed();
    Ok(progress)
}

fn article(
    rng: &mut Rng,
    n: usize,
    day: Date,
    events: usize,
    places: &[&Place],
    actors: &[(&str, &str)],
) -> Extracted {
    let mut text = String::new();
    let mut chars = 0;
    let mut records = Vec::with_capacity(events);
    let id = format!("synth-{n}");
    for _ in 0..events {
        let (sub, template) = TEMPLATES[rng.below(TEMPLATES.len())];
        let place = places[rng.below(places.len())];
        let (actor, actor_ar) = actors[rng.below(actors.len())];
        let toll = rng.toll();
        let sentence = template
            .replace("{actor}", actor_ar)
            .replace("{place}", &place.name_ar)
            .replace("{n}", &toll.to_string());
        let len = sentence.chars().count();
        let event_type = TAXONOMY
            .iter()
            .find(|(_, subs)| subs.contains(&sub))
            .map(|(t, _)| *t)
            .expect("templates use ACLED sub-types");
        let date = day.add_days(-(rng.below(3) as i64));
        records.push(Event {
            doc_id: id.clone(),
            event_type: event_type.to_string(),
            sub_event_type: sub.to_string(),
            actor1: Some(actor.to_string()),
            actor2: (rng.below(2) == 0).then(|| "civilians".to_string()),
            assoc_actor1: Vec::new(),
            assoc_actor2: Vec::new(),
            location: Location {
                name: Some(place.name_ar.clone()),
                name_en: Some(place.name_en.clone()),
                admin1: Some(place.admin1.clone()),
                admin2: (!place.admin2.is_empty()).then(|| place.admin2.clone()),
                lat: Some(place.lat),
                lon: Some(place.lon),
                geo_precision: 1,
                place_id: Some(place.id.clone()),
            },
            event_date: Some(date.to_string()),
            time_precision: Some(1),
            fatalities: (toll > 0).then_some(toll),
            injuries: None,
            reported_by: Vec::new(),
            evidence: Evidence {
                start: chars,
                end: chars + len,
                text: sentence.clone(),
            },
            confidence: 0.5,
        });
        text.push_str(&sentence);
        text.push_str(". ");
        chars += len + 2;
    }
    let outlet = OUTLETS[rng.below(OUTLETS.len())];
    Extracted {
        hash: crate::ingest::content_hash(&format!("{id}\n{text}")),
        article: Article {
            id,
            text,
            published: Some(day.to_string()),
            outlet: Some(outlet.to_string()),
            url: None,
            title: None,
            origin: "synthetic".to_string(),
        },
        events: records,
        mentions: Vec::new(),
    }
}
