// Imported first by scripts/start.ts, before any module that reads NODE_ENV as
// it loads (React picks its production or development build then): `npm start`
// serves in production mode unless NODE_ENV says otherwise. Development mode
// would send error details to the browser.
process.env.NODE_ENV ||= "production";
