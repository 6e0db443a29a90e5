// The one list of built-in rules, sorted by id (scripts/gen-rule-index.mjs writes it from the rule files).

import type { Rule } from './define-rule.js';
import basisStatusEffectiveDate from './basis-status-effective-date.js';
import basisTitleUnique from './basis-title-unique.js';
import basisValidityExpired from './basis-validity-expired.js';
import departmentReviewerRatio from './department-reviewer-ratio.js';
import officerCertificateExpired from './officer-certificate-expired.js';
import officerCertificateExpiring from './officer-certificate-expiring.js';
import officerCertificateMissing from './officer-certificate-missing.js';
import officerCertificateUnique from './officer-certificate-unique.js';
import officerPostExists from './officer-post-exists.js';
import postOfficersMinimum from './post-officers-minimum.js';
import postPowerExists from './post-power-exists.js';
import postUnitExists from './post-unit-exists.js';
import powerAccountabilityMissing from './power-accountability-missing.js';
import powerBasisExists from './power-basis-exists.js';
import powerBasisOutdated from './power-basis-outdated.js';
import powerBasisRepealed from './power-basis-repealed.js';
import powerBasisSanctionClause from './power-basis-sanction-clause.js';
import powerBasisSetting from './power-basis-setting.js';
import powerCitationForm from './power-citation-form.js';
import powerCodeNameAcrossTables from './power-code-name-across-tables.js';
import powerCodeNameConsistent from './power-code-name-consistent.js';
import powerCodeUnique from './power-code-unique.js';
import powerCorrectiveOrder from './power-corrective-order.js';
import powerCorrectiveOrderSurcharge from './power-corrective-order-surcharge.js';
import powerFeeBasis from './power-fee-basis.js';
import powerGuideFields from './power-guide-fields.js';
import powerHasPost from './power-has-post.js';
import powerHearingStep from './power-hearing-step.js';
import powerLegalReview from './power-legal-review.js';
import powerPostExists from './power-post-exists.js';
import powerPromisedLimit from './power-promised-limit.js';
import powerPromisedLimitLicence from './power-promised-limit-licence.js';
import powerResponsibilityMissing from './power-responsibility-missing.js';
import powerResponsibilitySteps from './power-responsibility-steps.js';
import powerStaleFigure from './power-stale-figure.js';
import powerTypeMismatch from './power-type-mismatch.js';
import stepCycle from './step-cycle.js';
import stepIdUnique from './step-id-unique.js';
import stepNextExists from './step-next-exists.js';
import stepPostExists from './step-post-exists.js';
import stepPostMissing from './step-post-missing.js';
import stepPowerExists from './step-power-exists.js';
import stepReachable from './step-reachable.js';
import stepStaleFigure from './step-stale-figure.js';
import stepTimeLimitExceeded from './step-time-limit-exceeded.js';
import stepTimeLimitMissing from './step-time-limit-missing.js';

export const builtInRules: readonly Rule[] = [
  basisStatusEffectiveDate,
  basisTitleUnique,
  basisValidityExpired,
  departmentReviewerRatio,
  officerCertificateExpired,
  officerCertificateExpiring,
  officerCertificateMissing,
  officerCertificateUnique,
  officerPostExists,
  postOfficersMinimum,
  postPowerExists,
  postUnitExists,
  powerAccountabilityMissing,
  powerBasisExists,
  powerBasisOutdated,
  powerBasisRepealed,
  powerBasisSanctionClause,
  powerBasisSetting,
  powerCitationForm,
  powerCodeNameAcrossTables,
  powerCodeNameConsistent,
  powerCodeUnique,
  powerCorrectiveOrder,
  powerCorrectiveOrderSurcharge,
  powerFeeBasis,
  powerGuideFields,
  powerHasPost,
  powerHearingStep,
  powerLegalReview,
  powerPostExists,
  powerPromisedLimit,
  powerPromisedLimitLicence,
  powerResponsibilityMissing,
  powerResponsibilitySteps,
  powerStaleFigure,
  powerTypeMismatch,
  stepCycle,
  stepIdUnique,
  stepNextExists,
  stepPostExists,
  stepPostMissing,
  stepPowerExists,
  stepReachable,
  stepStaleFigure,
  stepTimeLimitExceeded,
  stepTimeLimitMissing,
];
