//! The spellings news uses for one name, generated from its normalised form.

use std::collections::HashSet;

/// How a written form relates to the name it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// The name as listed (normalised).
    Exact,
    /// A spelling variant: compound joined or split, final ا/ي/ه swapped,
    /// ئ/ؤ written ي/و. Loses to an exact form of another place.
    Variant,
    /// ال + name after the particle ل, written لل: "للرقه" holds "لرقه".
    /// Valid only right after ل.
    Lil,
    /// The name without its ال ("خميسيه" for "الخميسيه"): a place only in
    /// a place context.
    Bare,
    /// The name with an ال it does not have, found inside a longer name
    /// that has one ("الهيشه" holds هيشه of Raqqa beside الهيشه of
    /// Tartous): chosen only when the article's places say so.
    Articled,
}

/// Normalised spellings of `name` (already normalised), each with its form.
/// The exact form comes first. For a place name, `heads` (the first words
/// of compounds, normalised) turns on the spelling variance of place names;
/// actors and reporters only get the ال forms.
pub fn spellings(name: &str, heads: Option<&HashSet<String>>) -> Vec<(String, Form)> {
    let name = name.replace('"', "");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<(String, Form)> = vec![(name.clone(), Form::Exact)];
    if let Some(heads) = heads {
        for v in variants(&name, heads) {
            push(&mut out, v, Form::Variant);
        }
    }
    // The ال forms of every spelling so far.
    let bases: Vec<(String, Form)> = out.clone();
    for (s, _) in bases {
        if let Some(rest) = s.strip_prefix("ال") {
            if rest.chars().count() >= 2 {
                push(&mut out, format!("ل{rest}"), Form::Lil);
                if heads.is_some() && rest.chars().count() >= 3 {
                    push(&mut out, rest.to_string(), Form::Bare);
                }
            }
        }
    }
    out
}

fn push(out: &mut Vec<(String, Form)>, s: String, form: Form) {
    if !s.is_empty() && !out.iter().any(|(o, _)| *o == s) {
        out.push((s, form));
    }
}

/// Spelling variants of a place name, excluding the name itself.
fn variants(name: &str, heads: &HashSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = name.split(' ').collect();
    // كفر زيتا ↔ كفرزيتا
    if words.len() >= 2 && heads.contains(words[0]) {
        out.push(format!("{}{}", words[0], words[1..].join(" ")));
    }
    for head in heads {
        if let Some(rest) = words[0].strip_prefix(head) {
            if rest.chars().count() >= 3 {
                let mut w = vec![head.to_string(), rest.to_string()];
                w.extend(words[1..].iter().map(|s| s.to_string()));
                out.push(w.join(" "));
            }
        }
    }
    // Final ا / ى (ي after normalisation) / ة (ه) of any one word.
    for (i, w) in words.iter().enumerate() {
        if w.chars().count() < 3 {
            continue;
        }
        let Some(last) = w.chars().last() else { continue };
        if !matches!(last, 'ا' | 'ي' | 'ه') {
            continue;
        }
        let stem = &w[..w.len() - last.len_utf8()];
        for other in ['ا', 'ي', 'ه'] {
            if other != last {
                let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
                ws[i] = format!("{stem}{other}");
                out.push(ws.join(" "));
            }
        }
    }
    // OCHA's final و where news writes ة: مرج خوخو → مرج خوخة (the last
    // word of a compound only; a lone word ending so is too often another).
    if let [.., last] = words.as_slice() {
        if words.len() >= 2 && last.chars().count() >= 4 && last.ends_with('و') {
            let stem = &name[..name.len() - 'و'.len_utf8()];
            out.push(format!("{stem}ه"));
        }
    }
    // Hamza seats written as plain letters: بئر → بير, مؤته → موته.
    if name.contains(['ئ', 'ؤ']) {
        out.push(name.replace('ئ', "ي").replace('ؤ', "و"));
    }
    // A last word that tells which of two villages, with or without its
    // article: تل بطال شرقي ↔ تل بطال الشرقي.
    if words.len() >= 2 {
        let last = words[words.len() - 1];
        let head = words[..words.len() - 1].join(" ");
        let bare = last.strip_prefix("ال").unwrap_or(last);
        if QUALIFIERS.contains(&bare) {
            out.push(match last.strip_prefix("ال") {
                Some(b) => format!("{head} {b}"),
                None => format!("{head} ال{last}"),
            });
            // (And a one-word head takes the article with it: OCHA's سكرية
            // كبيرة is the news's السكرية الكبيرة; not with a compass word:
            // "ريف الباب الشرقي" is no باب شرقي.)
            if words.len() == 2 && !head.starts_with("ال") && last == bare && !compass(bare) {
                out.push(format!("ال{head} ال{bare}"));
            }
        }
    }
    // The name without the word that tells it from its twin, where the
    // news does not tell them apart: "أم روثة" for OCHA's أم روثة تحتاني
    // and أم روثة فوقاني (one of them, a few kilometres apart), "تل علو"
    // for تل علو الأولى. (Heads of two words or more: one word alone is
    // too often a common one; and not a compass word's: "ريف إدلب
    // الجنوبي" is no "ريف إدلب".)
    if words.len() >= 3 {
        let last = words[words.len() - 1];
        let bare = last.strip_prefix("ال").unwrap_or(last);
        let twin = (QUALIFIERS.contains(&bare) && !compass(bare)) || TWINS.contains(&bare);
        if twin && !matches!(words[0], "ريف" | "حي" | "ناحيه" | "منطقه") {
            out.push(words[..words.len() - 1].join(" "));
        }
    }
    out
}

/// Words OCHA adds to tell a village from its twin across a river or in
/// a series, besides the QUALIFIERS (normalised): حوايج ذياب جزيرة /
/// شامية, تل علو الأولى.
const TWINS: [&str; 5] = ["جزيره", "شاميه", "اولي", "ثانيه", "ثالثه"];

/// A compass word: it names a part of an area ("ريف إدلب الجنوبي"), not
/// one of two villages only.
fn compass(word: &str) -> bool {
    matches!(
        word,
        "شرقي" | "غربي" | "شمالي" | "جنوبي" | "شرقيه" | "غربيه" | "شماليه" | "جنوبيه"
    )
}

/// Words that tell two villages of one name apart (normalised).
const QUALIFIERS: [&str; 18] = [
    "شرقي",
    "غربي",
    "شمالي",
    "جنوبي",
    "فوقاني",
    "تحتاني",
    "كبير",
    "صغير",
    "قبلي",
    "شرقيه",
    "غربيه",
    "شماليه",
    "جنوبيه",
    "فوقانيه",
    "تحتانيه",
    "كبيره",
    "صغيره",
    "قبليه",
];

#[cfg(test)]
mod tests {
    use super::*;
    use rasad_text::normalize_str;

    fn heads() -> HashSet<String> {
        ["كفر", "دير", "تل"].iter().map(|h| normalize_str(h)).collect()
    }

    fn forms(name: &str) -> Vec<(String, Form)> {
        spellings(&normalize_str(name), Some(&heads()))
    }

    fn has(v: &[(String, Form)], s: &str, f: Form) -> bool {
        let s = normalize_str(s);
        v.iter().any(|(x, g)| *x == s && *g == f)
    }

    #[test]
    fn compounds_join_and_split() {
        let v = forms("كفر زيتا");
        assert!(has(&v, "كفرزيتا", Form::Variant));
        let v = forms("كفرنبل");
        assert!(has(&v, "كفر نبل", Form::Variant));
        let v = forms("دير الزور");
        assert!(has(&v, "ديرالزور", Form::Variant));
    }

    #[test]
    fn a_qualified_name_takes_the_article_on_both_words() {
        assert!(has(
            &forms("سكرية كبيرة"),
            &normalize_str("السكرية الكبيرة"),
            Form::Variant
        ));
        assert!(!forms("باب شرقي")
            .iter()
            .any(|(s, _)| *s == normalize_str("الباب الشرقي")));
    }

    #[test]
    fn ochas_final_waw_is_news_ta_marbuta_in_a_compound() {
        assert!(has(&forms("مرج خوخو"), "مرج خوخه", Form::Variant));
        assert!(!forms("كفرنبو").iter().any(|(s, _)| s == "كفرنبه"));
    }

    #[test]
    fn final_letters_and_article_forms() {
        let v = forms("الطبقة");
        assert!(has(&v, "الطبقه", Form::Exact));
        assert!(has(&v, "الطبقا", Form::Variant));
        assert!(has(&v, "لطبقه", Form::Lil));
        assert!(has(&v, "طبقه", Form::Bare));
        let v = forms("جنى العلباوي");
        assert!(has(&v, "جنا العلباوي", Form::Variant));
    }

    #[test]
    fn a_qualifier_takes_or_drops_its_article() {
        let v = forms("تل بطال شرقي");
        assert!(has(&v, "تل بطال الشرقي", Form::Variant));
        let v = forms("الغارية الغربية");
        assert!(has(&v, "الغارية غربية", Form::Variant));
    }

    #[test]
    fn a_twin_village_is_found_by_its_shared_name() {
        assert!(has(&forms("أم روثة تحتاني"), "ام روثه", Form::Variant));
        assert!(has(&forms("حوايج ذياب جزيرة"), "حوايج ذياب", Form::Variant));
        assert!(!forms("سكرية كبيرة").iter().any(|(s, _)| s == "سكريه"));
    }

    #[test]
    fn actors_get_only_article_forms() {
        let v = spellings(&normalize_str("«الجيش الحر»"), None);
        assert_eq!(
            v,
            vec![
                (normalize_str("الجيش الحر"), Form::Exact),
                (normalize_str("لجيش الحر"), Form::Lil)
            ]
        );
    }
}
