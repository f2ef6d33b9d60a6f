namespace TechAssist.Matching.Levels;

/// <summary>The thresholds of the level-of-delivery recommendations.</summary>
public sealed record LevelOptions
{
    /// <summary>A need shared by at least this many States... Default 5.</summary>
    public int GlobalMinStates { get; init; } = 5;

    /// <summary>...in at least this many regional groups is recommended for global delivery. Default 3.</summary>
    public int GlobalMinGroups { get; init; } = 3;

    /// <summary>Otherwise, a group in which at least this many States share it gets a regional recommendation; the other States a national one. Default 3.</summary>
    public int RegionalMinStates { get; init; } = 3;

    /// <summary>Whether needs are compared by article (16(1) and 16(2) together) rather than by provision as written. Default false.</summary>
    public bool ByArticle { get; init; }

    /// <summary>Every problem with these thresholds, as text; empty when they are valid.</summary>
    internal IEnumerable<string> Problems()
    {
        if (GlobalMinStates < 2)
        {
            yield return $"GlobalMinStates must be at least 2 (found {GlobalMinStates})";
        }

        if (GlobalMinGroups < 2)
        {
            yield return $"GlobalMinGroups must be at least 2 (found {GlobalMinGroups})";
        }

        if (RegionalMinStates < 2)
        {
            yield return $"RegionalMinStates must be at least 2 (found {RegionalMinStates})";
        }
    }
}
