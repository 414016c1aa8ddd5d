/** The library API: the same use cases the CLI and the web app call. */
export {
  analyseTrend,
  parseCheckInsCsv,
  parseEventsCsv,
  trajectoryObservations,
  type TrendInput,
  type TrendReport,
} from './app/trend.js';
