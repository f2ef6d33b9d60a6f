namespace TechAssist.Matching;

/// <summary>A progress report of a matching run.</summary>
/// <param name="Stage">What the run is doing.</param>
/// <param name="Fraction">How far that stage has gone, from 0 to 1.</param>
public readonly record struct MatchingProgress(MatchingStage Stage, double Fraction);

/// <summary>The stages of a matching run.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TechAssist.Serialization.StrictEnumConverter<MatchingStage>))]
public enum MatchingStage
{
    /// <summary>Finding, filtering and scoring the candidates of every need.</summary>
    Scoring = 1,

    /// <summary>Sharing out capacity.</summary>
    Allocating = 2,

    /// <summary>Writing up matches and reasons.</summary>
    Explaining = 3,
}
