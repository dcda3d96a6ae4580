/** Tập huấn: annotated model documents and practice documents with planted faults and their key. */
export { annotatedModels, type AnnotatedModel, type AnnotatedPart } from "./annotated-model";
export { buildPractice, practiceById, practiceDefs, type ChecklistOption, type Practice, type PracticeDef, type PracticeFault } from "./practices";
export { gradePractice, type GradedFault, type PracticeGrade } from "./grade-practice";
export { trainingMinutesAnswers } from "./model-answers";
export { replaceInSection, sectionsOf, withoutControls, withoutSection } from "./plant-faults";
