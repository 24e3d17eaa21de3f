export * from './choose-k';
export * from './clustering-error';
export * from './dbscan';
export * from './kmeans';
export * from './matrix';
export * from './mini-batch-kmeans';
export * from './silhouette';
