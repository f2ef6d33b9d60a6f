using NodaTime;
using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.Matching.Scoring;
using TechAssist.Supply;

namespace TechAssist.Matching.Engine;

/// <summary>
/// The hard filters and the score of one (need, offering) pair: a pure function of the compiled facts and the
/// options, so the same pair always gets the same answer, on any thread.
/// </summary>
internal sealed class CandidateScorer
{
    internal const int ComponentCount = 7;

    private readonly MatchingOptions _options;
    private readonly LocalDate _asOf;
    private readonly StateSpace _states;

    internal CandidateScorer(MatchingOptions options, LocalDate asOf, StateSpace states)
    {
        _options = options;
        _asOf = asOf;
        _states = states;
    }

    /// <summary>
    /// Applies the filters in <see cref="FilterKind"/> order and, when the pair passes, fills
    /// <paramref name="components"/> (length <see cref="ComponentCount"/>) and returns the total score.
    /// </summary>
    /// <returns>The filter that removed the pair, or null with <paramref name="total"/> set.</returns>
    internal FilterKind? Evaluate(NeedFacts need, OfferingFacts offering, Span<Component> components, out int total)
    {
        total = 0;
        var options = _options;

        if (offering.Capacity == 0
            || (offering.Offering.FundingStatus == FundingStatus.SeekingVoluntaryFunding && !options.IncludeOfferingsSeekingFunding))
        {
            return FilterKind.Funding;
        }

        var wanted = need.Need.WantedPeriod;
        var overlapDays = 0;
        if (offering.End is { } end && end < _asOf)
        {
            return FilterKind.Period;
        }

        if (wanted is not null)
        {
            overlapDays = OverlapDays(wanted, offering.Start, offering.End);
            if (overlapDays == 0)
            {
                return FilterKind.Period;
            }
        }

        if ((offering.PartiesOnly && !_states.IsParty[need.State]) || offering.Excludes(need.State))
        {
            return FilterKind.Eligibility;
        }

        if (!need.SharesWith(offering.ProviderIndex))
        {
            return FilterKind.Consent;
        }

        ScoreReason typeFit;
        int typePoints;
        if ((offering.TypeMask & need.TypeBit) != 0)
        {
            (typeFit, typePoints) = (ScoreReason.AssistanceTypeExact, options.AssistanceTypeExactPoints);
        }
        else if ((offering.TypeMask & need.RelatedMask) != 0)
        {
            (typeFit, typePoints) = (ScoreReason.AssistanceTypeRelated, options.AssistanceTypeRelatedPoints);
        }
        else if (offering.TypeMask == 0)
        {
            (typeFit, typePoints) = (ScoreReason.AssistanceTypeNotStated, options.AssistanceTypeRelatedPoints);
        }
        else
        {
            return FilterKind.AssistanceType;
        }

        if (offering.Coverage.Fit(need.Need.Provision) is not { } provisionFit)
        {
            return FilterKind.Coverage;
        }

        if (need.Need.RequiredLanguage is { IsValid: true } required && offering.Languages.Length > 0 && Array.IndexOf(offering.Languages, required) < 0)
        {
            return FilterKind.Language;
        }

        var provisionPoints = provisionFit switch
        {
            ScoreReason.ProvisionExact => options.ProvisionExactPoints,
            ScoreReason.ProvisionSameArticle => options.ProvisionSameArticlePoints,
            _ => options.ProvisionSameChapterPoints,
        };
        components[0] = new(ScoreComponentKind.ProvisionFit, provisionPoints, options.ProvisionExactPoints, provisionFit);
        components[1] = new(ScoreComponentKind.AssistanceType, typePoints, options.AssistanceTypeExactPoints, typeFit);
        components[2] = Scope(offering.Offering.Scope.Level, options);
        components[3] = Language(need, offering, options);
        components[4] = Period(wanted, overlapDays, options);
        components[5] = offering.ProviderIsDeveloping && offering.ProviderState != need.State && _states.IsDeveloping[need.State]
            ? new(ScoreComponentKind.SouthSouth, options.SouthSouthPoints, options.SouthSouthPoints, ScoreReason.SouthSouth)
            : new(ScoreComponentKind.SouthSouth, 0, options.SouthSouthPoints, ScoreReason.NotSouthSouth);
        components[6] = Gender(need.Need.AsksForGenderResponsiveness, offering.GenderSignificance, options);

        for (var i = 0; i < ComponentCount; i++)
        {
            total += components[i].Points;
        }

        return total < options.MinimumScore ? FilterKind.BelowMinimumScore : null;
    }

    /// <summary>The explanation of a pair that passed the filters.</summary>
    internal MatchExplanation Explain(NeedFacts need, OfferingFacts offering)
    {
        Span<Component> components = stackalloc Component[ComponentCount];
        var filter = Evaluate(need, offering, components, out _);
        if (filter is not null and not FilterKind.BelowMinimumScore)
        {
            throw new InvalidOperationException($"{need.Need.Id} and {offering.Offering.Id} do not match ({filter}).");
        }

        var list = new ScoreComponent[ComponentCount];
        for (var i = 0; i < ComponentCount; i++)
        {
            list[i] = components[i].ToScoreComponent();
        }

        return new MatchExplanation { Components = EquatableArray.Create<ScoreComponent>(list) };
    }

    private static Component Scope(ScopeLevel level, MatchingOptions options)
    {
        var maximum = Math.Max(options.BilateralPoints, Math.Max(options.RegionalPoints, options.GlobalPoints));
        return level switch
        {
            ScopeLevel.Bilateral => new(ScoreComponentKind.ScopeSpecificity, options.BilateralPoints, maximum, ScoreReason.ScopeBilateral),
            ScopeLevel.Regional => new(ScoreComponentKind.ScopeSpecificity, options.RegionalPoints, maximum, ScoreReason.ScopeRegional),
            _ => new(ScoreComponentKind.ScopeSpecificity, options.GlobalPoints, maximum, ScoreReason.ScopeGlobal),
        };
    }

    private static Component Language(NeedFacts need, OfferingFacts offering, MatchingOptions options)
    {
        var preferred = need.Need.PreferredLanguages;
        if (preferred.IsEmpty && need.Need.RequiredLanguage is null)
        {
            return new(ScoreComponentKind.Language, options.LanguagePoints, options.LanguagePoints, ScoreReason.LanguageNotAsked);
        }

        if (offering.Languages.Length == 0)
        {
            return new(ScoreComponentKind.Language, options.LanguagePoints / 2, options.LanguagePoints, ScoreReason.LanguageNotStated);
        }

        var matched = (need.Need.RequiredLanguage is { } required && Array.IndexOf(offering.Languages, required) >= 0)
            || SharesAny(preferred, offering.Languages);
        return matched
            ? new(ScoreComponentKind.Language, options.LanguagePoints, options.LanguagePoints, ScoreReason.LanguageMatched)
            : new(ScoreComponentKind.Language, 0, options.LanguagePoints, ScoreReason.LanguageNotMatched);
    }

    /// <summary>Whether any preferred language is offered; a plain loop, as a lambda would allocate for every pair.</summary>
    private static bool SharesAny(EquatableArray<LanguageCode> preferred, LanguageCode[] offered)
    {
        foreach (var language in preferred)
        {
            if (Array.IndexOf(offered, language) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Component Period(DateInterval? wanted, int overlapDays, MatchingOptions options)
    {
        if (wanted is null)
        {
            return new(ScoreComponentKind.PeriodOverlap, options.PeriodPoints, options.PeriodPoints, ScoreReason.PeriodNotAsked);
        }

        // Whole points only: the share of the wanted days the offering covers, rounded down.
        var points = (int)((long)options.PeriodPoints * overlapDays / wanted.Length);
        return overlapDays == wanted.Length
            ? new(ScoreComponentKind.PeriodOverlap, options.PeriodPoints, options.PeriodPoints, ScoreReason.PeriodCovered)
            : new(ScoreComponentKind.PeriodOverlap, points, options.PeriodPoints, ScoreReason.PeriodPartlyCovered);
    }

    private static Component Gender(bool asked, PolicySignificance? significance, MatchingOptions options)
    {
        if (!asked)
        {
            return new(ScoreComponentKind.GenderResponsiveness, 0, 0, ScoreReason.GenderNotAsked);
        }

        return significance switch
        {
            >= PolicySignificance.PrincipalObjective => new(ScoreComponentKind.GenderResponsiveness, options.GenderPoints, options.GenderPoints, ScoreReason.GenderPrincipal),
            PolicySignificance.SignificantObjective => new(ScoreComponentKind.GenderResponsiveness, options.GenderPoints / 2, options.GenderPoints, ScoreReason.GenderSignificant),
            _ => new(ScoreComponentKind.GenderResponsiveness, 0, options.GenderPoints, ScoreReason.GenderNotTargeted),
        };
    }

    /// <summary>The days of <paramref name="wanted"/> that [start, end] covers; open ends are unbounded.</summary>
    internal static int OverlapDays(DateInterval wanted, LocalDate? start, LocalDate? end)
    {
        var from = start is { } s && s > wanted.Start ? s : wanted.Start;
        var to = end is { } e && e < wanted.End ? e : wanted.End;
        return from > to ? 0 : NodaTime.Period.DaysBetween(from, to) + 1;
    }

    /// <summary>A score component while it is computed; no allocation on the hot path.</summary>
    internal readonly record struct Component(ScoreComponentKind Kind, int Points, int Maximum, ScoreReason Reason)
    {
        internal ScoreComponent ToScoreComponent() => new() { Kind = Kind, Points = Points, Maximum = Maximum, Reason = Reason };
    }
}
