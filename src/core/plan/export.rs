//! The plan as files other tools open: calendar events for the check-in and the follow-up for impact (iCalendar,
//! RFC 5545), and a CSV of goals.

use super::check_in::CHECKLIST;
use super::{first_steps, Goal};
use crate::core::date::{days_from_iso, iso_day};
use crate::core::model::CompetencyModel;

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (RFC 5545 §3.1), with CRLF endings.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// "20270505" from "2027-05-05".
fn ics_date(iso: &str) -> String {
    iso.replace('-', "")
}

/// Which event of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Eight weeks after the training: reassess, and review the goals.
    CheckIn,
    /// Some months after: read the impact measures and work out the return that was seen.
    FollowUp,
}

/// An all-day calendar event on `day` (YYYY-MM-DD) with the goals, and what to bring or to read.
/// `uid_seed` makes the event's UID stable for the same plan; `stamp` is now, as YYYYMMDDTHHMMSSZ.
pub fn ics(
    event: Event,
    day: &str,
    goals: &[Goal],
    model: &CompetencyModel,
    uid_seed: u64,
    stamp: &str,
) -> Option<String> {
    let check_in = day;
    let next = iso_day(days_from_iso(day)? + 1);
    let name = |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let (kind, summary, lead) = match event {
        Event::CheckIn => (
            "check-in",
            "Skillcase check-in: reassess and review my goals",
            "Reassess your skills in Skillcase and compare before and after.",
        ),
        Event::FollowUp => (
            "follow-up",
            "Skillcase follow-up: read the impact measures",
            "Read each goal's impact measure against its baseline and target, and record it in Skillcase with the \
             share due to the training and how sure you are: the return the training actually made.",
        ),
    };
    let mut description = format!("{lead}\n\nGoals:\n");
    for g in goals {
        description.push_str(&format!("- {}: {}", name(&g.area), g.text()));
        if event == Event::FollowUp && !g.impact.measure.is_empty() {
            description.push_str(&format!(" (measure: {})", g.impact.measure));
        }
        description.push('\n');
    }
    if event == Event::CheckIn {
        description.push_str("\nBring:\n");
        for item in CHECKLIST {
            description.push_str(&format!("- {item}\n"));
        }
    }
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Skillcase//Development plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "BEGIN:VEVENT".into(),
        format!(
            "UID:{kind}-{uid_seed}-{}@skillcase.invalid",
            ics_date(check_in)
        ),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", ics_date(check_in)),
        format!("DTEND;VALUE=DATE:{}", ics_date(&next)),
        format!("SUMMARY:{summary}"),
        format!("DESCRIPTION:{}", ics_text(description.trim_end())),
        "TRANSP:TRANSPARENT".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ] {
        fold(&line, &mut out);
    }
    Some(out)
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180); a leading =, +, - or @ is prefixed
/// with ' so a spreadsheet never runs it as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The goals as CSV: one row per goal, with the way to learn and our first step.
pub fn csv(goals: &[Goal], model: &CompetencyModel, check_in: &str) -> String {
    let mut out =
        String::from("area,goal,metric,target,cadence,way to learn,first step,check-in\r\n");
    for g in goals {
        let area = model
            .area(&g.area)
            .map_or(g.area.as_str(), |a| a.name.as_str());
        let row = [
            area.to_string(),
            g.text(),
            g.metric.clone(),
            g.target.to_string(),
            g.cadence.per().trim_start_matches("a ").to_string(),
            g.way.label().to_string(),
            first_steps(&g.area)[0].to_string(),
            check_in.to_string(),
        ];
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goals() -> Vec<Goal> {
        let mut g = Goal::suggested("customer-insight");
        g.wording = Some("Visit customers, \"really\"; twice a month\nat least".into());
        vec![g, Goal::suggested("data")]
    }

    #[test]
    fn the_calendar_file_has_the_fields_rfc_5545_requires() {
        let model = CompetencyModel::builtin();
        let file = ics(
            Event::CheckIn,
            "2027-05-05",
            &goals(),
            model,
            42,
            "20261123T120000Z",
        )
        .unwrap();
        let lines: Vec<&str> = file.split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines[lines.len() - 2], "END:VCALENDAR");
        assert_eq!(lines.last(), Some(&""), "every line ends in CRLF");
        assert!(
            !file.replace("\r\n", "").contains('\n'),
            "no bare line feeds"
        );
        for required in [
            "VERSION:2.0",
            "PRODID:",
            "BEGIN:VEVENT",
            "UID:check-in-42-20270505@",
            "DTSTAMP:20261123T120000Z",
            "DTSTART;VALUE=DATE:20270505",
            "DTEND;VALUE=DATE:20270506",
            "SUMMARY:",
            "END:VEVENT",
        ] {
            assert!(lines.iter().any(|l| l.starts_with(required)), "{required}");
        }
        for line in &lines {
            assert!(line.len() <= 75, "folded: {line}");
        }
        // Unfolding gives back the escaped description.
        let unfolded = file.replace("\r\n ", "");
        let description = unfolded
            .lines()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(
            description.contains("Visit customers\\, \"really\"\\; twice a month\\nat least"),
            "{description}"
        );
        assert!(description.contains("Bring:"));
        assert_eq!(
            ics(Event::CheckIn, "someday", &goals(), model, 1, "x"),
            None
        );
        let follow_up = ics(Event::FollowUp, "2027-08-10", &goals(), model, 42, "x").unwrap();
        assert!(follow_up.contains("SUMMARY:Skillcase follow-up: read the impact measures"));
        assert!(follow_up.contains("UID:follow-up-42-20270810@skillcase.invalid"));
        assert!(!follow_up.contains("Bring:"));
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        fold(&"é".repeat(100), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75);
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), "é".repeat(100));
    }

    #[test]
    fn the_csv_has_a_row_per_goal_quoted_where_needed_and_no_formulas() {
        let model = CompetencyModel::builtin();
        let mut gs = goals();
        gs[1].metric = "=HYPERLINK(\"x\")".into();
        let csv = csv(&gs, model, "2027-05-05");
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(
            rows[0],
            "area,goal,metric,target,cadence,way to learn,first step,check-in"
        );
        assert!(rows[1].starts_with("Customer insight,\"Visit customers, \"\"really\"\"; twice a month\nat least\",customer conversations,4,month,Professional course,"));
        assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "{csv}");
        assert!(csv.ends_with("2027-05-05\r\n"));
    }
}
