//! Thresholds from the error rates staff accept. Every lesson was scored
//! before it was learnt (and so was every comment of the starting corpus,
//! by a model that had not seen it): those honest scores, by label, say how
//! far into spam territory ham reaches and how far into ham territory spam
//! does. The spam threshold keeps ham above it under `ham_to_spam` — fitted
//! as a normal curve on the log-odds, and never below the highest ham seen
//! (with a margin) while too few hams exist to measure so small a rate —;
//! the publish threshold keeps spam below it under `spam_shown`.

/// What staff accept (`moderation.filter_ham_to_spam`,
/// `moderation.filter_spam_shown`), as fractions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Targets {
    pub ham_to_spam: f64,
    pub spam_shown: f64,
}

/// Where auto mode decides alone, as log-odds of spam.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// At or above: spam.
    pub spam_at: f64,
    /// At or below: published.
    pub publish_at: f64,
}

impl Thresholds {
    /// Decides nothing.
    pub const NONE: Self = Self {
        spam_at: f64::INFINITY,
        publish_at: f64::NEG_INFINITY,
    };
}

/// The honest scores seen, by label.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calibration {
    pub ham: Vec<f32>,
    pub spam: Vec<f32>,
}

/// Below this many scores of a label, auto mode decides nothing.
const FEWEST: usize = 20;
/// Log-odds above the highest ham that spam must reach.
const MARGIN: f64 = 0.5;

impl Calibration {
    #[allow(clippy::cast_possible_truncation)]
    pub fn add(&mut self, logit: f64, spam: bool) {
        let v = logit as f32;
        if spam {
            self.spam.push(v);
        } else {
            self.ham.push(v);
        }
    }

    pub fn extend(&mut self, other: &Self) {
        self.ham.extend(&other.ham);
        self.spam.extend(&other.spam);
    }

    pub fn thresholds(&self, t: Targets) -> Thresholds {
        if self.ham.len() < FEWEST || self.spam.len() < FEWEST {
            return Thresholds::NONE;
        }
        let (mh, sh) = moments(&self.ham);
        let (ms, ss) = moments(&self.spam);
        let mut ham = self.ham.clone();
        ham.sort_by(|a, b| b.total_cmp(a));
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let allowed = (t.ham_to_spam * ham.len() as f64).floor() as usize;
        let highest = f64::from(ham[allowed.min(ham.len() - 1)]);
        let spam_at = (mh + normal_quantile(1.0 - t.ham_to_spam) * sh).max(highest + MARGIN);
        let publish_at = (ms - normal_quantile(1.0 - t.spam_shown) * ss).min(spam_at);
        Thresholds {
            spam_at,
            publish_at,
        }
    }
}

#[allow(clippy::cast_precision_loss)]
fn moments(xs: &[f32]) -> (f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().map(|x| f64::from(*x)).sum::<f64>() / n;
    let var = xs
        .iter()
        .map(|x| (f64::from(*x) - mean).powi(2))
        .sum::<f64>()
        / n;
    (mean, var.sqrt())
}

/// The standard normal's quantile (Acklam's rational approximation,
/// relative error under 1.2e-9), for `p` in (0, 1).
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.024_25 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.024_25 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_normal_quantile_is_the_textbook_one() {
        assert!((normal_quantile(0.5)).abs() < 1e-9);
        assert!((normal_quantile(0.975) - 1.959_964).abs() < 1e-5);
        assert!((normal_quantile(0.999) - 3.090_232).abs() < 1e-5);
        assert!((normal_quantile(0.01) + 2.326_348).abs() < 1e-5);
    }

    #[test]
    fn a_stricter_target_moves_the_spam_threshold_up_and_never_below_the_highest_ham() {
        let mut c = Calibration::default();
        for i in 0..100 {
            c.add(-4.0 + f64::from(i) * 0.03, false);
            c.add(4.0 - f64::from(i) * 0.03, true);
        }
        c.add(1.5, false);
        let loose = c.thresholds(Targets {
            ham_to_spam: 0.05,
            spam_shown: 0.05,
        });
        let strict = c.thresholds(Targets {
            ham_to_spam: 0.001,
            spam_shown: 0.01,
        });
        assert!(strict.spam_at > loose.spam_at);
        assert!(strict.spam_at >= 2.0);
        assert!(strict.publish_at <= strict.spam_at);
        let fewer_shown = c.thresholds(Targets {
            spam_shown: 0.001,
            ..strict_targets()
        });
        assert!(fewer_shown.publish_at < strict.publish_at);
        assert_eq!(
            Calibration::default().thresholds(strict_targets()),
            Thresholds::NONE
        );
    }

    fn strict_targets() -> Targets {
        Targets {
            ham_to_spam: 0.001,
            spam_shown: 0.01,
        }
    }
}
