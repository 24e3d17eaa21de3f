export * from './incomplete-beta';
export * from './log-gamma';
export * from './student-t';
