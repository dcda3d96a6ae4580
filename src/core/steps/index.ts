/** The step-by-step guide: sections in meeting order with what to record, and their live status. */
export { stepGuides, stepPhaseLabels, type StepGuide, type StepPhase } from "./step-guides";
export { stepTexts, type StepText } from "./step-texts";
export { countStates, stepStateLabels, stepStatuses, type StepState, type StepStatus, type StepStatusOptions } from "./step-status";
