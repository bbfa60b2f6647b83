//! A last resort for names the gazetteer lacks: the same letters without
//! their dots. Arabic letters differ only by dots (ج ح خ, ب ت ث ن ي), so a
//! misspelt or mistyped name (أبو جبيلات for أبو حبيلات) keeps its
//! skeleton. Used only inside a governorate the text names, and only when
//! one place there has that skeleton. Failing that, the skeleton without
//! its long vowels: news writes a vowel the gazetteer leaves out
//! (الشيفونية for OCHA's الشفونية).

use rustc_hash::FxHashMap;

use rasad_pack::Pack;
use rasad_text::normalize_str;

pub(crate) struct Fuzzy {
    /// (governorate, skeleton) → places.
    index: FxHashMap<(String, String), Vec<u32>>,
    /// (governorate, skeleton without long vowels) → places.
    loose: FxHashMap<(String, String), Vec<u32>>,
}

/// The skeleton of a normalised name without its article and long vowels.
fn loose_skeleton(name: &str) -> String {
    let name = name.strip_prefix("ال").unwrap_or(name);
    skeleton(
        &name
            .chars()
            .filter(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ى'))
            .collect::<String>(),
    )
}

/// The dotless skeleton of a normalised name.
pub(crate) fn skeleton(name: &str) -> String {
    name.chars()
        .filter(|c| *c != ' ')
        .map(|c| match c {
            'ب' | 'ت' | 'ث' | 'ن' | 'ي' | 'ئ' => 'ٮ',
            'ج' | 'ح' | 'خ' => 'ح',
            'د' | 'ذ' => 'د',
            'ر' | 'ز' => 'ر',
            'س' | 'ش' => 'س',
            'ص' | 'ض' => 'ص',
            'ط' | 'ظ' => 'ط',
            'ع' | 'غ' => 'ع',
            'ف' | 'ق' => 'ف',
            'ه' | 'ة' => 'ه',
            other => other,
        })
        .collect()
}

impl Fuzzy {
    pub fn new(pack: &Pack) -> Fuzzy {
        let mut index: FxHashMap<(String, String), Vec<u32>> = FxHashMap::default();
        let mut loose: FxHashMap<(String, String), Vec<u32>> = FxHashMap::default();
        for (i, p) in pack.places.iter().enumerate() {
            if p.kind.is_area() {
                continue;
            }
            for n in p.names() {
                let n = normalize_str(n);
                for (map, key) in [(&mut index, skeleton(&n)), (&mut loose, loose_skeleton(&n))] {
                    let v = map.entry((p.admin1.clone(), key)).or_default();
                    if !v.contains(&(i as u32)) {
                        v.push(i as u32);
                    }
                }
            }
        }
        Fuzzy { index, loose }
    }

    /// The one place of `admin1` whose skeleton is that of `name`
    /// (normalised), if exactly one — or, failing that, of the name with
    /// its last word feminine: a qualifier agrees with the village noun
    /// in the gazetteer ("معرضة كبيرة") but not always in the news
    /// ("معرضة كبير").
    pub fn find(&self, name: &str, admin1: &str) -> Option<u32> {
        if name.chars().filter(|c| *c != ' ').count() < 5 {
            return None; // short skeletons collide too easily
        }
        let one = |map: &FxHashMap<(String, String), Vec<u32>>, skeleton: String| match map
            .get(&(admin1.to_string(), skeleton))?
            .as_slice()
        {
            [one] => Some(*one),
            _ => None,
        };
        let bare = skeleton(name);
        one(&self.index, bare.clone())
            .or_else(|| {
                (name.contains(' ') && !name.ends_with(['ه', 'ة']))
                    .then(|| one(&self.index, bare + "ه"))
                    .flatten()
            })
            // (Or the name without the article the gazetteer's lacks:
            // "قرية الهيشة في ريف الرقة" is OCHA's هيشة of Raqqa.)
            .or_else(|| one(&self.index, skeleton(name.strip_prefix("ال")?)))
            .or_else(|| {
                let loose = loose_skeleton(name);
                (loose.chars().filter(|c| *c != ' ').count() >= 4)
                    .then(|| one(&self.loose, loose))
                    .flatten()
            })
    }
}
