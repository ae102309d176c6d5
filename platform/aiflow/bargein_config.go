package aiflow

import "strconv"

// BargeInStrategy says when the caller may interrupt a speak or audio
// action.
type BargeInStrategy string

// The barge-in strategies of v1.11.0.
const (
	// StrategyNone: playback cannot be interrupted.
	StrategyNone BargeInStrategy = "none"
	// StrategyManual: only a barge_in action stops playback.
	StrategyManual BargeInStrategy = "manual"
	// StrategyMinimumCharacters: playback stops once the caller's recognised
	// text is longer than MinimumCharacters.
	StrategyMinimumCharacters BargeInStrategy = "minimum_characters"
	// StrategyImmediate: playback stops on voice onset.
	StrategyImmediate BargeInStrategy = "immediate"
)

// Known reports whether s is one of the strategies of v1.11.0.
func (s BargeInStrategy) Known() bool {
	switch s {
	case StrategyNone, StrategyManual, StrategyMinimumCharacters, StrategyImmediate:
		return true
	}
	return false
}

// BargeInConfig is the barge_in object of speak and audio actions. Nil
// leaves the service's default.
type BargeInConfig struct {
	// Strategy is required.
	Strategy BargeInStrategy `json:"strategy"`
	// MinimumCharacters is the threshold of StrategyMinimumCharacters,
	// 1–100; zero means the service's default (3). Other strategies must
	// leave it zero.
	MinimumCharacters int `json:"minimum_characters,omitempty"`
	// AllowAfterMS protects the first milliseconds of playback from
	// interruption, 0–10000.
	AllowAfterMS int `json:"allow_after_ms,omitempty"`
}

func (c *BargeInConfig) validate(a ActionType) error {
	switch {
	case c.Strategy == "":
		return actionError(a, "barge_in.strategy", "required")
	case !c.Strategy.Known():
		return actionError(a, "barge_in.strategy", "unknown strategy "+quote(string(c.Strategy))+
			", want none, manual, minimum_characters or immediate")
	case c.MinimumCharacters != 0 && c.Strategy != StrategyMinimumCharacters:
		return actionError(a, "barge_in.minimum_characters", "only allowed with strategy minimum_characters")
	case c.MinimumCharacters < 0 || c.MinimumCharacters > 100:
		return actionError(a, "barge_in.minimum_characters", "want 1–100, got "+strconv.Itoa(c.MinimumCharacters))
	case c.AllowAfterMS < 0 || c.AllowAfterMS > 10000:
		return actionError(a, "barge_in.allow_after_ms", "want 0–10000, got "+strconv.Itoa(c.AllowAfterMS))
	}
	return nil
}
