//! Generated text that reads naturally for every role and every count: the article before a name, a count with its
//! noun, and a list joined with commas and "and".

/// "a Product Manager", "an Associate PM": the article a name takes when spoken.
pub fn a(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    // Vowels that sound like a consonant ("a unit", "a one-off"), and none of the other way round in our names.
    let sounds_like_consonant = ["uni", "use", "usu", "eu", "one"]
        .iter()
        .any(|p| lower.starts_with(p));
    let vowel = lower.starts_with(['a', 'e', 'i', 'o', 'u']) && !sounds_like_consonant;
    format!("{} {}", if vowel { "an" } else { "a" }, name.trim())
}

/// "1 area", "3 areas".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A figure already written out with its unit: "1 month", "1.5 months", "1,5 months".
pub fn with_unit(shown: &str, one: &str, many: &str) -> String {
    format!("{shown} {}", if shown.trim() == "1" { one } else { many })
}

/// A counted phrase in the singular: the first plural noun in it made singular ("strategy reviews with my
/// leadership" → "strategy review with my leadership", "stories" → "story"). Words of three letters or fewer, and
/// words that end in "ss", "us" or "is", are never taken for plurals.
pub fn singular(phrase: &str) -> String {
    let mut done = false;
    phrase
        .split(' ')
        .map(|word| {
            if done
                || word.len() <= 3
                || !word.ends_with('s')
                || ["ss", "us", "is"].iter().any(|e| word.ends_with(e))
            {
                return word.to_string();
            }
            done = true;
            if let Some(stem) = word.strip_suffix("ies") {
                format!("{stem}y")
            } else if ["sses", "xes", "ches", "shes"]
                .iter()
                .any(|e| word.ends_with(e))
            {
                word[..word.len() - 2].to_string()
            } else {
                word[..word.len() - 1].to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "1 strategy review a quarter", "2 strategy reviews a quarter": a count with a phrase given in the plural.
pub fn counted(n: u16, plural: &str) -> String {
    if n == 1 {
        format!("1 {}", singular(plural))
    } else {
        format!("{n} {plural}")
    }
}

/// A behaviour the user wrote of themselves ("I have run interviews, and my notes…") as read of someone else ("They
/// have run interviews, and their notes…"): what a second rater reads beside each level they may choose.
pub fn third_person(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut after_i = false;
    for word in text.split(' ') {
        let starts_sentence = out.last().is_none_or(|w| w.ends_with(['.', '!', '?', ':']));
        let cut = word
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .len();
        let (core, tail) = word.split_at(cut);
        let said = match core {
            "I" => Some("they"),
            "I'm" | "I’m" => Some("they're"),
            "I've" | "I’ve" => Some("they've"),
            "I'd" | "I’d" => Some("they'd"),
            "I'll" | "I’ll" => Some("they'll"),
            "my" | "My" => Some("their"),
            "me" | "Me" => Some("them"),
            "mine" => Some("theirs"),
            "myself" => Some("themselves"),
            "am" if after_i => Some("are"),
            "was" if after_i => Some("were"),
            _ => None,
        };
        after_i = core == "I";
        out.push(match said {
            Some(s) if starts_sentence => {
                format!("{}{}{tail}", s[..1].to_ascii_uppercase(), &s[1..])
            }
            Some(s) => format!("{s}{tail}"),
            None => word.to_string(),
        });
    }
    out.join(" ")
}

/// "A", "A and B", "A, B and C".
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Role;

    #[test]
    fn every_role_takes_the_article_it_is_spoken_with() {
        let said: Vec<String> = Role::ALL.iter().map(|r| a(r.label())).collect();
        assert_eq!(
            said,
            [
                "an Associate PM",
                "a Product Manager",
                "a Senior PM",
                "a Principal / Group PM",
                "a Head of Product"
            ]
        );
        assert_eq!(a("engineer"), "an engineer");
        assert_eq!(a("user researcher"), "a user researcher");
        assert_eq!(a(" Owner "), "an Owner");
    }

    #[test]
    fn counts_and_lists_read_naturally() {
        assert_eq!(count(1, "area", "areas"), "1 area");
        assert_eq!(count(0, "area", "areas"), "0 areas");
        assert_eq!(count(12, "member", "members"), "12 members");
        assert_eq!(
            third_person("I have run interviews, and my notes changed what I build. I'm the one they ask."),
            "They have run interviews, and their notes changed what they build. They're the one they ask."
        );
        assert_eq!(
            third_person("Others ask me; I was there."),
            "Others ask them; they were there."
        );
        assert_eq!(with_unit("1", "month", "months"), "1 month");
        assert_eq!(counted(1, "user stories split"), "1 user story split");
        assert_eq!(counted(1, "processes mapped"), "1 process mapped");
        assert_eq!(counted(3, "user stories"), "3 user stories");
        assert_eq!(counted(1, "hours of discovery"), "1 hour of discovery");
        assert_eq!(
            counted(1, "focus groups"),
            "1 focus group",
            "focus is not a plural"
        );
        assert_eq!(counted(1, "new analysis"), "1 new analysis");
        assert_eq!(with_unit("1.5", "month", "months"), "1.5 months");
        assert_eq!(with_unit("10", "month", "months"), "10 months");
        let items = |n: usize| (1..=n).map(|i| format!("A{i}")).collect::<Vec<_>>();
        assert_eq!(list(&items(0)), "");
        assert_eq!(list(&items(1)), "A1");
        assert_eq!(list(&items(2)), "A1 and A2");
        assert_eq!(list(&items(3)), "A1, A2 and A3");
    }
}
