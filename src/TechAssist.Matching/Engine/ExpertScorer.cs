using NodaTime;
using TechAssist.Collections;
using TechAssist.Matching.Scoring;

namespace TechAssist.Matching.Engine;

/// <summary>The filters and the score of a (need, expert) pair; a pure function like <see cref="CandidateScorer"/>.</summary>
/// <remarks>
/// Filters: conflict (the expert may not serve the State), assistance type, coverage, required language,
/// availability. Components: provision fit, assistance type, language, availability, South-South, experience.
/// </remarks>
internal sealed class ExpertScorer
{
    internal const int ComponentCount = 6;

    private readonly MatchingOptions _options;
    private readonly LocalDate _asOf;
    private readonly StateSpace _states;

    internal ExpertScorer(MatchingOptions options, LocalDate asOf, StateSpace states)
    {
        _options = options;
        _asOf = asOf;
        _states = states;
    }

    internal FilterKind? Evaluate(NeedFacts need, ExpertFacts expert, Span<CandidateScorer.Component> components, out int total)
    {
        total = 0;
        var options = _options;
        if (expert.Expert.Capacity <= 0)
        {
            return FilterKind.Funding;
        }

        if (expert.IsConflicted(need.State))
        {
            return FilterKind.Conflict;
        }

        ScoreReason typeFit;
        int typePoints;
        if ((expert.TypeMask & need.TypeBit) != 0)
        {
            (typeFit, typePoints) = (ScoreReason.AssistanceTypeExact, options.AssistanceTypeExactPoints);
        }
        else if ((expert.TypeMask & need.RelatedMask) != 0 || expert.TypeMask == 0)
        {
            (typeFit, typePoints) = (expert.TypeMask == 0 ? ScoreReason.AssistanceTypeNotStated : ScoreReason.AssistanceTypeRelated, options.AssistanceTypeRelatedPoints);
        }
        else
        {
            return FilterKind.AssistanceType;
        }

        ScoreReason? bestFit = null;
        var years = 0;
        foreach (var (coverage, experience) in expert.Expertise)
        {
            if (coverage.Fit(need.Need.Provision) is not { } fit)
            {
                continue;
            }

            if (bestFit is null || fit < bestFit || (fit == bestFit && experience > years))
            {
                (bestFit, years) = (fit, experience);
            }
        }

        if (bestFit is not { } provisionFit)
        {
            return FilterKind.Coverage;
        }

        if (need.Need.RequiredLanguage is { IsValid: true } required && expert.Languages.Length > 0 && Array.IndexOf(expert.Languages, required) < 0)
        {
            return FilterKind.Language;
        }

        if (Availability(need, expert, options) is not { } availability)
        {
            return FilterKind.Availability;
        }

        var provisionPoints = provisionFit switch
        {
            ScoreReason.ProvisionExact => options.ProvisionExactPoints,
            ScoreReason.ProvisionSameArticle => options.ProvisionSameArticlePoints,
            _ => options.ProvisionSameChapterPoints,
        };
        components[0] = new(ScoreComponentKind.ProvisionFit, provisionPoints, options.ProvisionExactPoints, provisionFit);
        components[1] = new(ScoreComponentKind.AssistanceType, typePoints, options.AssistanceTypeExactPoints, typeFit);
        components[2] = Language(need, expert, options);
        components[3] = availability;
        components[4] = expert.IsDeveloping && expert.Nationality != need.State && _states.IsDeveloping[need.State]
            ? new(ScoreComponentKind.SouthSouth, options.SouthSouthPoints, options.SouthSouthPoints, ScoreReason.SouthSouth)
            : new(ScoreComponentKind.SouthSouth, 0, options.SouthSouthPoints, ScoreReason.NotSouthSouth);
        components[5] = new(ScoreComponentKind.Experience, Math.Min(Math.Max(years, 0), options.ExperiencePoints), options.ExperiencePoints, ScoreReason.ExperienceYears);
        for (var i = 0; i < ComponentCount; i++)
        {
            total += components[i].Points;
        }

        return total < options.MinimumScore ? FilterKind.BelowMinimumScore : null;
    }

    internal MatchExplanation Explain(NeedFacts need, ExpertFacts expert)
    {
        Span<CandidateScorer.Component> components = stackalloc CandidateScorer.Component[ComponentCount];
        var filter = Evaluate(need, expert, components, out _);
        if (filter is not null and not FilterKind.BelowMinimumScore)
        {
            throw new InvalidOperationException($"{need.Need.Id} and {expert.Expert.Id} do not match ({filter}).");
        }

        var list = new ScoreComponent[ComponentCount];
        for (var i = 0; i < ComponentCount; i++)
        {
            list[i] = components[i].ToScoreComponent();
        }

        return new MatchExplanation { Components = EquatableArray.Create<ScoreComponent>(list) };
    }

    private static CandidateScorer.Component Language(NeedFacts need, ExpertFacts expert, MatchingOptions options)
    {
        var preferred = need.Need.PreferredLanguages;
        if (preferred.IsEmpty && need.Need.RequiredLanguage is null)
        {
            return new(ScoreComponentKind.Language, options.LanguagePoints, options.LanguagePoints, ScoreReason.LanguageNotAsked);
        }

        if (expert.Languages.Length == 0)
        {
            return new(ScoreComponentKind.Language, options.LanguagePoints / 2, options.LanguagePoints, ScoreReason.LanguageNotStated);
        }

        var matched = (need.Need.RequiredLanguage is { } required && Array.IndexOf(expert.Languages, required) >= 0)
            || preferred.Any(language => Array.IndexOf(expert.Languages, language) >= 0);
        return matched
            ? new(ScoreComponentKind.Language, options.LanguagePoints, options.LanguagePoints, ScoreReason.LanguageMatched)
            : new(ScoreComponentKind.Language, 0, options.LanguagePoints, ScoreReason.LanguageNotMatched);
    }

    /// <summary>The availability component, or null when the expert is not available when needed.</summary>
    private CandidateScorer.Component? Availability(NeedFacts need, ExpertFacts expert, MatchingOptions options)
    {
        var availability = expert.Expert.Availability;
        if (availability.IsEmpty)
        {
            return new(ScoreComponentKind.PeriodOverlap, options.PeriodPoints / 2, options.PeriodPoints, ScoreReason.AvailabilityNotStated);
        }

        var wanted = need.Need.WantedPeriod;
        if (wanted is null)
        {
            return availability.Any(a => a is not null && a.End >= _asOf)
                ? new(ScoreComponentKind.PeriodOverlap, options.PeriodPoints, options.PeriodPoints, ScoreReason.PeriodNotAsked)
                : null;
        }

        var best = availability.Where(a => a is not null).Max(a => CandidateScorer.OverlapDays(wanted, a.Start, a.End));
        if (best == 0)
        {
            return null;
        }

        return best == wanted.Length
            ? new(ScoreComponentKind.PeriodOverlap, options.PeriodPoints, options.PeriodPoints, ScoreReason.PeriodCovered)
            : new(ScoreComponentKind.PeriodOverlap, (int)((long)options.PeriodPoints * best / wanted.Length), options.PeriodPoints, ScoreReason.PeriodPartlyCovered);
    }
}
