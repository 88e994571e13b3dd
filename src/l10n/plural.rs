//! CLDR plural categories, for checking that a select on a number has a
//! variant for each category a language needs.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The CLDR cardinal plural categories a locale uses for whole numbers up to
/// 1000 and for decimals, in CLDR order; `None` when CLDR has no rules for
/// it.
pub fn plural_categories(lang: &LanguageIdentifier) -> Option<Vec<&'static str>> {
    let rules = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let mut base = LanguageIdentifier::default();
            base.language = lang.language;
            PluralRules::create(base, PluralRuleType::CARDINAL)
        })
        .ok()?;
    let mut found: Vec<PluralCategory> = Vec::new();
    let mut note = |c: PluralCategory| {
        if !found.contains(&c) {
            found.push(c);
        }
    };
    for n in 0..=1000u32 {
        if let Ok(c) = rules.select(n) {
            note(c);
        }
    }
    for s in [
        "0.5", "1.5", "2.5", "0.1", "1.1", "2.1", "5.5", "0.0", "1.0",
    ] {
        if let Ok(c) = rules.select(s) {
            note(c);
        }
    }
    let order = [
        (PluralCategory::ZERO, "zero"),
        (PluralCategory::ONE, "one"),
        (PluralCategory::TWO, "two"),
        (PluralCategory::FEW, "few"),
        (PluralCategory::MANY, "many"),
        (PluralCategory::OTHER, "other"),
    ];
    Some(
        order
            .iter()
            .filter(|(c, _)| found.contains(c))
            .map(|(_, n)| *n)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_come_from_cldr() {
        let cats = |l: &str| plural_categories(&l.parse().unwrap());
        assert_eq!(cats("en"), Some(vec!["one", "other"]));
        assert_eq!(cats("ru"), Some(vec!["one", "few", "many", "other"]));
        assert_eq!(cats("pt-BR"), Some(vec!["one", "other"]));
        assert_eq!(cats("ja"), Some(vec!["other"]));
    }
}
