using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching.Levels;

/// <summary>The level at which assistance for a shared need is best delivered (paragraph 21 of the founding report).</summary>
[JsonConverter(typeof(StrictEnumConverter<DeliveryLevel>))]
public enum DeliveryLevel
{
    /// <summary>A national programme for one State's specific needs.</summary>
    National = 1,

    /// <summary>A regional programme, for needs concentrated in one regional group.</summary>
    Regional = 2,

    /// <summary>A global action, for needs common across several groups.</summary>
    Global = 3,
}
