// The views of a running session, loaded together once a session is open (see TeamMatrix.tsx).
export { ParticipantView } from './ParticipantView';
export { TrainerSession } from './TrainerSession';
