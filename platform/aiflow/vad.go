package aiflow

import "strconv"

// VAD tunes voice activity detection: how long a pause ends the caller's
// turn. On a speak action it applies to the next reply and persists; on
// configure_transcription it applies to the rest of the session.
type VAD struct {
	// EndOfTurnSilenceMS must be positive; the service recommends
	// 150–2000 and silently ignores values it does not like.
	EndOfTurnSilenceMS int `json:"end_of_turn_silence_ms"`
}

func (v *VAD) validate(a ActionType) error {
	if v.EndOfTurnSilenceMS <= 0 {
		return actionError(a, "vad.end_of_turn_silence_ms", "want a positive number of milliseconds, got "+
			strconv.Itoa(v.EndOfTurnSilenceMS))
	}
	return nil
}
