// Stands in for client modules the course does not need (see plugins/bundle-tuning.ts).
export default function noop() {}
