using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TechAssist.Collections;
using TechAssist.Needs;
using TechAssist.Reports;

namespace TechAssist.Tests.Properties;

/// <summary>Needs derived from a report do not depend on the order of its answers, of their types, or of the reports.</summary>
public class NeedDerivationProperties
{
    [Property(MaxTest = 300)]
    public Property FromReport_GivesTheSameNeedsForAnyOrderOfAnswersAndTypes() =>
        Prop.ForAll(DemandGenerators.SubmittedReports.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (report, seed) =>
        {
            var random = new Random(seed);
            var shuffled = report with
            {
                Answers = report.Answers
                    .OrderBy(_ => random.Next())
                    .Select(a => a with { AssistanceTypes = a.AssistanceTypes.OrderBy(_ => random.Next()).ToEquatableArray() })
                    .ToEquatableArray(),
            };

            var needs = NeedDerivation.FromReport(report, ValueGenerators.Now, "secretariat");

            NeedDerivation.FromReport(shuffled, ValueGenerators.Now, "secretariat").Should().Equal(needs);
            needs.Should().HaveCount(report.Answers.Sum(a => a.AssistanceTypes.Count));
            needs.Select(n => n.Id).Should().OnlyHaveUniqueItems();
        });

    [Property(MaxTest = 100)]
    public Property FromReports_GivesTheSameNeedsForAnyOrderOfReports() =>
        Prop.ForAll(
            Gen.CollectToArray(Enumerable.Range(0, 3).Select(i => DemandGenerators.SubmittedReports.Select(r => r with { Id = ReportId.From($"R{i}") }))).ToArbitrary(),
            reports =>
            {
                var needs = NeedDerivation.FromReports(reports, ValueGenerators.Now, "secretariat");

                NeedDerivation.FromReports(reports.AsEnumerable().Reverse(), ValueGenerators.Now, "secretariat").Should().Equal(needs);
            });
}
