using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Convention;

/// <summary>How strongly a provision binds a State party, read from the Convention's own verbs.</summary>
/// <remarks>
/// The levels ship for chapter III only, where the reference data reads them paragraph by paragraph.
/// Everywhere else the level is <see cref="Unknown"/>: no source says, and the library does not guess.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<ObligationLevel>))]
public enum ObligationLevel
{
    /// <summary>No source gives the level of this provision. This is a fact about the data, not a guess.</summary>
    Unknown = 0,

    /// <summary>The State "shall adopt", "shall take", "shall ensure": it must act.</summary>
    Mandatory = 1,

    /// <summary>The State "shall consider adopting" or "may": it must consider acting, or may act.</summary>
    Optional = 2,

    /// <summary>The State "shall endeavour" or "shall seek to": it must try.</summary>
    Endeavour = 3,

    /// <summary>The provision places no obligation on the State (article 28, an evidentiary rule).</summary>
    None = 4,

    /// <summary>An article whose paragraphs carry different levels; ask about a paragraph for its own level.</summary>
    Mixed = 5,
}
