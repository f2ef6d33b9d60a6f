using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Convention;

/// <summary>
/// The thematic areas in which technical assistance is planned, each one chapter of the Convention.
/// </summary>
/// <remarks>Chapters I (general provisions), VII (mechanisms for implementation) and VIII (final provisions)
/// belong to no thematic area: their articles bind the Conference and the depositary rather than a State's own law.</remarks>
[JsonConverter(typeof(StrictEnumConverter<ThematicArea>))]
public enum ThematicArea
{
    /// <summary>Prevention: chapter II, articles 5 to 14.</summary>
    Prevention = 1,

    /// <summary>Criminalization and law enforcement: chapter III, articles 15 to 42.</summary>
    CriminalizationAndLawEnforcement = 2,

    /// <summary>International cooperation: chapter IV, articles 43 to 50.</summary>
    InternationalCooperation = 3,

    /// <summary>Asset recovery: chapter V, articles 51 to 59.</summary>
    AssetRecovery = 4,

    /// <summary>Technical assistance and information exchange: chapter VI, articles 60 to 62.</summary>
    TechnicalAssistanceAndInformationExchange = 5,
}
