export * from './cholesky';
export * from './dense-matrix';
export * from './householder-qr';
export * from './linear-predictor';
export * from './newton-minimiser';
export * from './weighted-gram';
