using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Needs;

/// <summary>The priority the recipient State gives a need: a three-step scale, High first.</summary>
/// <remarks>
/// Three steps because a State ranks its own needs roughly, and the Paris Declaration principles the 2008 report
/// recalls (paragraph 23) ask providers to respect the priorities recipients set; finer scales invite false precision.
/// <see cref="Unstated"/> (the default) is for needs whose State gave no priority; sort it after <see cref="Low"/>.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<NeedPriority>))]
public enum NeedPriority
{
    /// <summary>No priority was given.</summary>
    Unstated = 0,

    /// <summary>The State's high priority.</summary>
    High = 1,

    /// <summary>The State's medium priority.</summary>
    Medium = 2,

    /// <summary>The State's low priority.</summary>
    Low = 3,
}
