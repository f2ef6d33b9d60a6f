using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Supply;

/// <summary>Checks shared by the validators of offerings, experts and knowledge resources.</summary>
internal static class SupplyRules
{
    internal static void CheckLanguages(EquatableArray<LanguageCode> languages, string path, ProblemCollector problems)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            var language = languages[i];
            if (!language.IsValid)
            {
                problems.Add($"{path}[{i}]", null, "a language code is missing");
            }
            else if (languages.AsSpan()[..i].Contains(language))
            {
                problems.Add($"{path}[{i}]", language.Value, $"{language} is listed twice");
            }
        }
    }

    internal static void CheckStates(EquatableArray<CountryCode> states, string path, ProblemCollector problems)
    {
        for (var i = 0; i < states.Count; i++)
        {
            var state = states[i];
            if (!StateCatalogue.Contains(state))
            {
                problems.Add($"{path}[{i}]", state.Value, $"'{state}' is not a State in the catalogue of 195 States");
            }
            else if (states.AsSpan()[..i].Contains(state))
            {
                problems.Add($"{path}[{i}]", state.Value, $"{state} is listed twice");
            }
        }
    }

    internal static void CheckCoverage(Coverage? coverage, string path, ProblemCollector problems)
    {
        if (coverage is null || coverage.IsEmpty)
        {
            problems.Add(path, null, "the coverage must name at least one provision, chapter or thematic area");
            return;
        }

        for (var i = 0; i < coverage.Provisions.Count; i++)
        {
            if (!coverage.Provisions[i].IsValid)
            {
                problems.Add($"{path}.provisions[{i}]", null, "a provision is missing");
            }
        }

        for (var i = 0; i < coverage.Chapters.Count; i++)
        {
            if (!coverage.Chapters[i].IsValid)
            {
                problems.Add($"{path}.chapters[{i}]", null, "a chapter is missing");
            }
        }

        for (var i = 0; i < coverage.ThematicAreas.Count; i++)
        {
            var area = coverage.ThematicAreas[i];
            if (!Enum.IsDefined(area))
            {
                problems.Add($"{path}.thematicAreas[{i}]", area.ToString(), $"'{area}' is not a thematic area");
            }
        }
    }
}
