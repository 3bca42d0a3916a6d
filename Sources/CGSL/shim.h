#ifndef STEPWELL_CGSL_SHIM_H
#define STEPWELL_CGSL_SHIM_H

// GSL reaches Swift only through this header. Globals such as gsl_rng_mt19937 are exposed
// through static inline accessors because Swift 6 rejects mutable C globals.

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

/// The Mersenne Twister generator type (Matsumoto and Nishimura 1998), period 2^19937 - 1.
static inline const gsl_rng_type *stepwell_rng_mt19937(void) { return gsl_rng_mt19937; }

/// L'Ecuyer's maximally equidistributed Tausworthe generator (taus2): tiny state, fast to seed,
/// used for the many per-person streams of care scenarios.
static inline const gsl_rng_type *stepwell_rng_taus2(void) { return gsl_rng_taus2; }

/// Turns GSL's abort-on-error handler off; callers validate inputs before calling GSL.
static inline void stepwell_gsl_disable_abort(void) { gsl_set_error_handler_off(); }

#endif
