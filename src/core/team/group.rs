//! Training the group, as a case of its own: a public course paid per seat against an in-house workshop with a fixed
//! fee and a cost per head, each on its full cost (fees, travel and every participant's time away), against what the
//! participants' improvement is worth, conservatively, after attribution and confidence. The benefit is built from the
//! same four benefit models as one person's case (margin, hours and what they go to, failures, retention; low,
//! expected and high; ramp-up and present value), worked out by the same code, under the same honesty rules. Prices
//! stay blank until typed: an untyped price is a quote pending, never a figure.

use serde::{Deserialize, Serialize};

use crate::core::justify::roi::{
    clean, drivers, swings, Adjustments, BenefitModel, Benefits, Driver, Estimate, Field,
    FieldError, Figure, Figures, Input, Scenario, Swing, Training, WorkingTime, COST_SWING,
};
use crate::core::justify::verdict::Stated;
use crate::core::justify::Case;

/// The manager's figures for training the group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupCase {
    /// Public course: fee per seat, and travel and expenses per person; `None` until a quote is typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seat_fee: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seat_travel: Option<f64>,
    /// In-house workshop: its fee, and materials, room and catering per person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workshop_fee: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workshop_per_head: Option<f64>,
    /// People trained; 0 uses the team's size.
    pub people: f64,
    /// Stakeholders from other functions attending alongside the PMs (design, engineering, sales leads): the training
    /// works better when they hear it too. They take seats and time away; no benefit is claimed for them.
    #[serde(skip_serializing_if = "is_zero")]
    pub guests: f64,
    /// The guests' average annual salary; 0 prices their time like the participants'.
    #[serde(skip_serializing_if = "is_zero")]
    pub guest_salary: f64,
    /// Working days each participant spends away from their job.
    pub days_away: f64,
    /// A participant's average annual salary, and the factor that loads it with benefits, taxes and overhead.
    pub salary: f64,
    pub overhead: f64,
    /// What one participant's improvement is worth to the business a year, before adjustment, typed as one number:
    /// how group cases were made before the benefit models. Counted only while no model is switched on, and kept so
    /// such a case still opens with its figures.
    pub benefit_per_person: Estimate,
    /// The four benefit models, for the group: revenue and launches are all participants' together; hours saved and
    /// the risk of leaving are each participant's.
    #[serde(skip_serializing_if = "is_default")]
    pub benefits: Benefits,
    pub adjustments: Adjustments,
}

fn is_default(b: &Benefits) -> bool {
    *b == Benefits::default()
}

impl Default for GroupCase {
    fn default() -> Self {
        GroupCase {
            seat_fee: None,
            seat_travel: None,
            workshop_fee: None,
            workshop_per_head: None,
            people: 0.0,
            guests: 0.0,
            guest_salary: 0.0,
            days_away: 2.0,
            salary: 0.0,
            overhead: 1.3,
            benefit_per_person: Estimate::default(),
            benefits: Benefits::default(),
            adjustments: Adjustments::default(),
        }
    }
}

/// One way to train the group, on its full cost.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupOption {
    pub fees: f64,
    pub travel: f64,
    pub time_away: f64,
    /// Reported on conservative figures: the low estimate of the benefit.
    pub figures: Figures,
}

/// What training the group comes to.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupOutcome {
    pub people: f64,
    /// Attendees from other functions: in the seats and the time away, not in the benefit.
    pub guests: f64,
    /// `None` while a price of that option is still a quote pending.
    pub public: Option<GroupOption>,
    pub workshop: Option<GroupOption>,
    /// From how many people the workshop costs less (time away is the same either way); `None` when it never does
    /// or a price is pending.
    pub break_even_people: Option<f64>,
    /// What each participant's improvement must be worth a year, before adjustment, for the cheaper option to break
    /// even.
    pub break_even_per_person: Option<f64>,
    /// The benefit per person is beyond the manager's own high estimate.
    pub stretch: bool,
    /// The group's fields with an error: while there are any, no figure is stated.
    pub unfixed: Vec<Field>,
}

impl GroupOutcome {
    /// The option that costs less in all, with its name; `None` while both are pending.
    pub fn cheaper(&self) -> Option<(&'static str, &GroupOption)> {
        match (&self.public, &self.workshop) {
            (Some(p), Some(w)) if w.figures.cost < p.figures.cost => {
                Some(("the in-house workshop", w))
            }
            (Some(p), _) => Some(("the public course", p)),
            (None, Some(w)) => Some(("the in-house workshop", w)),
            (None, None) => None,
        }
    }
}

impl GroupCase {
    /// People trained: the manager's number, or the team's size.
    pub fn people(&self, team_size: usize) -> f64 {
        if clean(self.people) > 0.0 {
            clean(self.people).round()
        } else {
            team_size as f64
        }
    }

    /// Each participant's and guest's time away at their loaded daily cost, for all of them.
    fn time_away(&self, people: f64, guests: f64, basis: &WorkingTime) -> f64 {
        let guest_salary = if clean(self.guest_salary) > 0.0 {
            self.guest_salary
        } else {
            self.salary
        };
        clean(self.days_away)
            * (basis.loaded_daily(self.salary, self.overhead) * people
                + basis.loaded_daily(guest_salary, self.overhead) * guests)
    }

    /// Whether the benefit is built from the benefit models rather than one typed number.
    pub fn uses_models(&self) -> bool {
        BenefitModel::ALL
            .into_iter()
            .any(|m| self.benefits.is_on(m))
    }

    /// The group as one person's case is worked out: its participants, their salary, overhead and days away on the
    /// `basis` working time, its benefits and adjustments. Its costs are not the group's (those are the options').
    pub fn as_case(&self, team_size: usize, basis: &WorkingTime) -> Case {
        Case {
            training: Training {
                participants: self.people(team_size),
                salary: self.salary,
                overhead: self.overhead,
                days_away: self.days_away,
                ..Training::default()
            },
            working_time: *basis,
            benefits: self.benefits.clone(),
            adjustments: self.adjustments.clone(),
            ..Case::default()
        }
    }

    /// Every group figure that can't be used, by the same rules as one person's case.
    pub fn errors(&self, team_size: usize, basis: &WorkingTime) -> Vec<FieldError> {
        self.errors_in(&self.as_case(team_size, basis))
    }

    /// `errors`, of the group already made a case (`as_case`).
    fn errors_in(&self, case: &Case) -> Vec<FieldError> {
        let mut errors = case.errors();
        // The working time is the individual case's, checked there; the people trained and the guests are counts the
        // page refuses below zero.
        errors.retain(|e| !matches!(e.field, Field::DaysPerYear | Field::HoursPerDay));
        if !self.uses_models() {
            let e = &self.benefit_per_person;
            let order =
                e.low.is_some_and(|l| l > e.expected) || e.high.is_some_and(|h| h < e.expected);
            let negative = [Some(e.expected), e.low, e.high]
                .into_iter()
                .flatten()
                .any(|v| Field::Fees.check(v).is_some());
            if order || negative {
                errors.push(FieldError {
                    field: Field::BenefitPerPerson,
                    message: if negative {
                        "can't be negative".into()
                    } else {
                        "low ≤ expected ≤ high".into()
                    },
                });
            }
        }
        errors
    }

    /// The benefit a year before adjustment, for everyone, in a scenario: from the benefit models, or the one typed
    /// number per person while none is on.
    fn gross(&self, case: &Case, scenario: Scenario) -> f64 {
        if self.uses_models() {
            case.gross(scenario, &case.costs()).total()
        } else {
            clean(self.benefit_per_person.at(scenario)) * case.training.participants
        }
    }

    pub fn outcome(&self, team_size: usize, basis: &WorkingTime) -> GroupOutcome {
        let people = self.people(team_size);
        let guests = clean(self.guests).round();
        // Seats are taken by participants and guests alike; the benefit is the participants' alone.
        let seats = people + guests;
        let time_away = self.time_away(people, guests, basis);
        let case = self.as_case(team_size, basis);
        let gross = self.gross(&case, Scenario::Conservative);
        let mut unfixed: Vec<Field> = Vec::new();
        for e in self.errors_in(&case) {
            if !unfixed.contains(&e.field) {
                unfixed.push(e.field);
            }
        }
        let option = |fees: Option<f64>, travel: Option<f64>| {
            let (fees, travel) = (fees?, travel?);
            let cost = fees + travel + time_away;
            Some(GroupOption {
                fees,
                travel,
                time_away,
                // No figure from a value that can't be used.
                figures: if unfixed.is_empty() {
                    Figures::of(cost, gross, &self.adjustments)
                } else {
                    Figures {
                        cost,
                        years: self.adjustments.years_counted(),
                        ..Figures::default()
                    }
                },
            })
        };
        let seat = self
            .seat_fee
            .zip(self.seat_travel)
            .map(|(f, t)| clean(f) + clean(t));
        let head = self.workshop_per_head.map(clean);
        let public = option(
            self.seat_fee.map(|f| clean(f) * seats),
            self.seat_travel.map(|t| clean(t) * seats),
        );
        let workshop = option(
            self.workshop_fee
                .zip(head)
                .map(|(fee, head)| clean(fee) + head * seats),
            Some(0.0),
        );
        // fixed + head × n < seat × n  ⇔  n > fixed / (seat − head)
        let break_even_people =
            seat.zip(head)
                .zip(self.workshop_fee)
                .and_then(|((seat, head), fee)| {
                    (seat - head > 0.0).then(|| (clean(fee) / (seat - head)).floor() + 1.0)
                });
        let mut outcome = GroupOutcome {
            people,
            guests,
            public,
            workshop,
            break_even_people,
            break_even_per_person: None,
            stretch: false,
            unfixed,
        };
        let share = self.adjustments.claimed_share();
        if let Some((_, cheaper)) = outcome.cheaper() {
            if share > 0.0 && people > 0.0 && outcome.unfixed.is_empty() {
                let needed = cheaper.figures.cost / share / people;
                outcome.break_even_per_person = Some(needed);
                outcome.stretch = needed > self.gross(&case, Scenario::High) / people;
            }
        }
        outcome
    }

    /// The cheaper option's ROI (in %) on expected estimates, where the sensitivity's bars cross.
    pub fn expected_roi(&self, team_size: usize, basis: &WorkingTime) -> Option<f64> {
        let outcome = self.outcome(team_size, basis);
        let (_, cheaper) = outcome.cheaper()?;
        if !outcome.unfixed.is_empty() {
            return None;
        }
        let gross = self.gross(&self.as_case(team_size, basis), Scenario::Expected);
        Figures::of(cheaper.figures.cost, gross, &self.adjustments).roi_pct
    }

    /// Which of the cheaper option's inputs move its ROI most.
    pub fn sensitivity(&self, team_size: usize, basis: &WorkingTime) -> Vec<Swing> {
        let outcome = self.outcome(team_size, basis);
        let Some((_, cheaper)) = outcome.cheaper() else {
            return Vec::new();
        };
        if !outcome.unfixed.is_empty() {
            return Vec::new();
        }
        let drivers = if self.uses_models() {
            drivers(&self.as_case(team_size, basis))
        } else {
            vec![Driver {
                input: Input::BenefitPerPerson,
                per_unit: outcome.people,
                low: self.benefit_per_person.at(Scenario::Conservative),
                expected: self.benefit_per_person.at(Scenario::Expected),
                high: self.benefit_per_person.at(Scenario::High),
                part_of_total: true,
            }]
        };
        let cost = cheaper.figures.cost;
        let range = (cost * (1.0 - COST_SWING), cost * (1.0 + COST_SWING));
        swings(cost, range, &drivers, &self.adjustments)
    }
}

impl GroupCase {
    /// The cheaper option's figures as the group proposal states them, with its name; `None` while both options are
    /// quotes pending.
    pub fn stated(
        &self,
        outcome: &GroupOutcome,
        f: &dyn Fn(Figure) -> String,
    ) -> Option<(&'static str, Stated)> {
        let (name, cheaper) = outcome.cheaper()?;
        let break_even = outcome.break_even_per_person.map(|v| {
            format!(
                "a benefit of {} a person a year before adjustment",
                f(Figure::Money(v))
            )
        });
        let a = &self.adjustments;
        Some((
            name,
            Stated::of(
                &cheaper.figures,
                break_even,
                outcome.stretch,
                a,
                &outcome.unfixed,
                f,
            ),
        ))
    }
}

fn is_zero(v: &f64) -> bool {
    *v == 0.0
}

/// The price of an option as the sheet prints it: the amount, or "quote pending" while it is not typed.
pub fn price(value: Option<f64>, f: &dyn Fn(Figure) -> String) -> String {
    value.map_or("quote pending".to_string(), |v| f(Figure::Money(clean(v))))
}
