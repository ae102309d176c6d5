package aiflow

import (
	"encoding/json"
	"errors"
	"strconv"
)

// DecodeActions decodes a response body or WebSocket frame of actions: one
// object, an array of objects, or nothing (empty or white space: no
// action). It is the inverse of EncodeActions for tests and tools that
// play the service's part.
//
// Like DecodeEvent it is lenient (unknown fields are ignored) and reports
// what is wrong as a *DecodeError: not JSON, not an object or array, an
// element that is not an object, a missing or unknown `type`, a field of
// the wrong JSON type. It does not validate the actions; call Validate
// for that.
func DecodeActions(b []byte) ([]Action, error) {
	if len(trimJSONSpace(b)) == 0 {
		return nil, nil
	}
	v, err := firstValue(b, "actions")
	if err != nil {
		return nil, err
	}
	switch v[0] {
	case '{':
		a, err := decodeAction(v, "")
		if err != nil {
			return nil, err
		}
		return []Action{a}, nil
	case '[':
		var raws []json.RawMessage
		if err := json.Unmarshal(v, &raws); err != nil {
			return nil, &DecodeError{subject: "actions", Err: ErrNotJSON, Detail: err.Error(), cause: err}
		}
		out := make([]Action, 0, len(raws))
		for i, r := range raws {
			a, err := decodeAction(r, "["+strconv.Itoa(i)+"].")
			if err != nil {
				return nil, err
			}
			out = append(out, a)
		}
		return out, nil
	}
	return nil, &DecodeError{subject: "actions", Err: ErrNotObject, Detail: "got " + jsonKind(v)}
}

// wireAction is the union of the fields of every action type.
type wireAction struct {
	Type                    string         `json:"type"`
	SessionID               string         `json:"session_id"`
	Text                    string         `json:"text"`
	SSML                    string         `json:"ssml"`
	TTS                     *TTS           `json:"tts"`
	BargeIn                 *BargeInConfig `json:"barge_in"`
	UserInputTimeoutSeconds float64        `json:"user_input_timeout_seconds"`
	VAD                     *VAD           `json:"vad"`
	Audio                   string         `json:"audio"`
	TargetPhoneNumber       string         `json:"target_phone_number"`
	CallerIDName            string         `json:"caller_id_name"`
	CallerIDNumber          string         `json:"caller_id_number"`
	Timeout                 int            `json:"timeout"`
	Volume                  *float64       `json:"volume"`
	Stop                    bool           `json:"stop"`
	PhoneNumber             string         `json:"phone_number"`
	Message                 string         `json:"message"`
	Provider                STTProvider    `json:"provider"`
	Languages               []string       `json:"languages"`
	CustomVocabulary        []string       `json:"custom_vocabulary"`
	SystemPrompt            string         `json:"system_prompt"`
	Greeting                string         `json:"greeting"`
	Temperature             *float64       `json:"temperature"`
	Language                string         `json:"language"`
}

// decodeAction decodes one action object; path prefixes field names in
// errors ("[2].").
func decodeAction(raw json.RawMessage, path string) (Action, error) {
	if raw[0] != '{' {
		return nil, &DecodeError{subject: "actions", Field: trimDot(path), Err: ErrNotObject, Detail: "got " + jsonKind(raw)}
	}
	var w wireAction
	if err := json.Unmarshal(raw, &w); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, &DecodeError{subject: "actions", Field: path + te.Field, Err: ErrWrongType,
				Detail: "got " + te.Value, cause: err}
		}
		return nil, &DecodeError{subject: "actions", Field: trimDot(path), Err: ErrNotJSON, Detail: err.Error(), cause: err}
	}
	switch ActionType(w.Type) {
	case ActionSpeak:
		return &Speak{SessionID: w.SessionID, Text: w.Text, SSML: w.SSML, TTS: w.TTS, BargeIn: w.BargeIn,
			UserInputTimeoutSeconds: w.UserInputTimeoutSeconds, VAD: w.VAD}, nil
	case ActionAudio:
		return &Audio{SessionID: w.SessionID, Audio: w.Audio, BargeIn: w.BargeIn}, nil
	case ActionHangup:
		return &Hangup{SessionID: w.SessionID}, nil
	case ActionTransfer:
		return &Transfer{SessionID: w.SessionID, TargetPhoneNumber: w.TargetPhoneNumber,
			CallerIDName: w.CallerIDName, CallerIDNumber: w.CallerIDNumber, Timeout: w.Timeout}, nil
	case ActionBargeIn:
		return &BargeIn{SessionID: w.SessionID}, nil
	case ActionMixAudio:
		return &MixAudio{SessionID: w.SessionID, Audio: w.Audio, Volume: w.Volume, Stop: w.Stop}, nil
	case ActionSendSMS:
		return &SendSMS{SessionID: w.SessionID, PhoneNumber: w.PhoneNumber, Message: w.Message}, nil
	case ActionConfigureTranscription:
		return &ConfigureTranscription{SessionID: w.SessionID, Provider: w.Provider, Languages: w.Languages,
			CustomVocabulary: w.CustomVocabulary, VAD: w.VAD}, nil
	case ActionConfigureVoiceToVoice:
		return &ConfigureVoiceToVoice{SessionID: w.SessionID, SystemPrompt: w.SystemPrompt, Greeting: w.Greeting,
			Temperature: w.Temperature, Language: w.Language}, nil
	case "":
		return nil, &DecodeError{subject: "actions", Field: path + "type", Err: ErrMissingField}
	}
	return nil, &DecodeError{subject: "actions", Field: path + "type", Err: ErrInvalidValue,
		Detail: "unknown action type " + quote(w.Type)}
}

func trimDot(path string) string {
	if n := len(path); n > 0 && path[n-1] == '.' {
		return path[:n-1]
	}
	return path
}
