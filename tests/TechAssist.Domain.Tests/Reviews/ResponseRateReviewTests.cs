using NodaTime;
using TechAssist.Checklists;
using TechAssist.Reports;
using TechAssist.Reviews;
using TechAssist.States;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Reviews;

/// <summary>
/// The figures of paragraph 6 of the 2008 report: 70 of 127 States parties (55%); African group 31%, Asia-Pacific 42%,
/// the other three groups averaging 75%. The report gives no per-group counts, so the fixture takes counts that give
/// exactly those rounded figures: African 11 of 35 (31.4%), Asia-Pacific 13 of 31 (41.9%), Eastern European 12 of 16
/// (75%), Latin American and Caribbean 14 of 20 (70%), Western European and Others 20 of 25 (80%); 35+31+16+20+25 = 127
/// parties, 11+13+12+14+20 = 70 reporting (55.1%), and (75 + 70 + 80) / 3 = 75.
/// </summary>
public class ResponseRateReviewTests
{
    private static readonly LocalDate At = new(2008, 12, 18);

    private static readonly (RegionalGroup Group, int Parties, int Reporting)[] Counts =
    [
        (RegionalGroup.African, 35, 11),
        (RegionalGroup.AsiaPacific, 31, 13),
        (RegionalGroup.EasternEuropean, 16, 12),
        (RegionalGroup.LatinAmericanAndCaribbean, 20, 14),
        (RegionalGroup.WesternEuropeanAndOthers, 25, 20),
    ];

    private static (ConventionStatusTable Table, List<SelfAssessmentReport> Reports) Fixture()
    {
        var statuses = new List<ConventionStatus> { new() { Party = PartyId.EuropeanUnion, SignedOn = new LocalDate(2003, 12, 15), ConsentedOn = new LocalDate(2008, 11, 12), Consent = ConsentKind.Approval } };
        var reports = new List<SelfAssessmentReport>();
        foreach (var (group, parties, reporting) in Counts)
        {
            var members = RegionalGroupTable.Default.MembersOf(group);
            for (var i = 0; i < members.Count; i++)
            {
                if (i < parties)
                {
                    statuses.Add(new ConventionStatus { Party = members[i], ConsentedOn = new LocalDate(2006, 1, 1), Consent = ConsentKind.Accession });
                    if (i < reporting)
                    {
                        reports.Add(Report(members[i].Value));
                    }
                }
                else if (i == parties)
                {
                    // A signatory that reported: not a party, so not counted.
                    statuses.Add(new ConventionStatus { Party = members[i], SignedOn = new LocalDate(2004, 1, 1) });
                    reports.Add(Report(members[i].Value));
                }
            }

            // A non-reporting party with a draft, and one that reported after the date: neither counts.
            reports.Add(Report(members[reporting].Value) with { Id = ReportId.From($"{members[reporting]}-draft"), Status = ReportStatus.Draft, SubmissionDate = null });
            reports.Add(Report(members[reporting + 1].Value) with { Id = ReportId.From($"{members[reporting + 1]}-late"), SubmissionDate = new LocalDate(2009, 1, 5) });
        }

        return (ConventionStatusTable.Create(statuses).GetValueOrThrow(), reports);
    }

    [Fact]
    public void Compute_FoundingReportFigures()
    {
        var (table, reports) = Fixture();

        var review = ResponseRateReview.Compute(table, RegionalGroupTable.Default, reports, At, null);

        review.Overall.Should().Be(Rate.From(70, 127));
        review.Overall.RoundedPercent.Should().Be(55);
        review.For(RegionalGroup.African)!.Rate.RoundedPercent.Should().Be(31);
        review.For(RegionalGroup.AsiaPacific)!.Rate.RoundedPercent.Should().Be(42);
        var others = new[] { RegionalGroup.EasternEuropean, RegionalGroup.LatinAmericanAndCaribbean, RegionalGroup.WesternEuropeanAndOthers }
            .Select(g => review.For(g)!.Rate.Percent(2)!.Value)
            .Average();
        others.Should().Be(75m);
        review.Groups.Select(g => g.Group).Should().Equal(RegionalGroup.African, RegionalGroup.AsiaPacific, RegionalGroup.EasternEuropean, RegionalGroup.LatinAmericanAndCaribbean, RegionalGroup.WesternEuropeanAndOthers);
    }

    [Fact]
    public void Compute_ListsTheNonReportingPartiesPerGroup()
    {
        var (table, reports) = Fixture();

        var african = ResponseRateReview.Compute(table, RegionalGroupTable.Default, reports, At, null).For(RegionalGroup.African)!;

        var members = RegionalGroupTable.Default.MembersOf(RegionalGroup.African);
        african.Reporting.Should().Equal(members.Take(11));
        african.NonReporting.Should().Equal(members.Skip(11).Take(24));
    }

    [Fact]
    public void ToRows_GivesAllThenEachGroup()
    {
        var (table, reports) = Fixture();
        var review = ResponseRateReview.Compute(table, RegionalGroupTable.Default, reports, At, ReviewCycleChecklists.FirstCycleId);

        review.ToRows().Select(r => (r.Group, r.Reporting, r.Parties, r.Percent)).Should().Equal(
            ("All", 70, 127, 55),
            ("African", 11, 35, 31),
            ("AsiaPacific", 13, 31, 42),
            ("EasternEuropean", 12, 16, 75),
            ("LatinAmericanAndCaribbean", 14, 20, 70),
            ("WesternEuropeanAndOthers", 20, 25, 80));
        review.ToNonReportingRows().Should().HaveCount(57);
        review.ToNonReportingRows()[0].Group.Should().Be("African");
        review.ToNonReportingRows()[0].Name.Should().Be(StateCatalogue.Get(review.ToNonReportingRows()[0].State).Name);
    }

    [Fact]
    public void Compute_OtherChecklist_CountsNobody()
    {
        var (table, reports) = Fixture();

        ResponseRateReview.Compute(table, RegionalGroupTable.Default, reports, At, ReviewCycleChecklists.SecondCycleId).Overall.Should().Be(Rate.From(0, 127));
    }

    [Fact]
    public void Compute_PartyInNoGroup_GetsItsOwnEntry()
    {
        var table = ConventionStatusTable.Create([new ConventionStatus { Party = CountryCode.Parse("PSE"), ConsentedOn = new LocalDate(2018, 1, 2), Consent = ConsentKind.Accession }]).GetValueOrThrow();

        var review = ResponseRateReview.Compute(table, RegionalGroupTable.Default, [Report("PSE") with { SubmissionDate = new LocalDate(2019, 1, 1) }], new LocalDate(2019, 6, 1), null);

        review.Groups.Should().HaveCount(6);
        review.For(null)!.Rate.Should().Be(Rate.From(1, 1));
        review.ToRows()[^1].Group.Should().Be("None");
    }
}
