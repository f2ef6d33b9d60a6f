using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Testing;
using TechAssist.Collections;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Properties;

/// <summary>
/// The generators give valid documents (so the round trips above cover real data), and what the API promises to order
/// by id does not depend on the order of the input.
/// </summary>
public class DocumentValidityProperties
{
    private static readonly FakeClock Clock = new(ValueGenerators.Now);

    [Property(MaxTest = 100)]
    public Property GeneratedDocuments_AreValid() =>
        Prop.ForAll(
            StatesGenerators.ConventionStatusDocuments.ToArbitrary(),
            StatesGenerators.RegionalGroupsDocuments.ToArbitrary(),
            DemandGenerators.ChecklistDocuments.ToArbitrary(),
            (statuses, groups, checklist) =>
            {
                statuses.ToTable().Problems.Should().BeEmpty();
                groups.ToTable().Problems.Should().BeEmpty();
                checklist.ToChecklist().Problems.Should().BeEmpty();
            });

    [Property(MaxTest = 100)]
    public Property GeneratedDemandDocuments_AreValid() =>
        Prop.ForAll(DemandGenerators.ReportDocuments.ToArbitrary(), DemandGenerators.NeedsDocuments.ToArbitrary(), (reports, needs) =>
        {
            reports.Import(Clock).Problems.Should().BeEmpty();
            needs.Import(Clock).Problems.Should().BeEmpty();
        });

    [Property(MaxTest = 100)]
    public Property GeneratedSupplyDocuments_AreValid() =>
        Prop.ForAll(SupplyGenerators.SupplyDocuments.ToArbitrary(), SupplyGenerators.ExpertDirectoryDocuments.ToArbitrary(), (supply, experts) =>
        {
            supply.Validate().Problems.Should().BeEmpty();
            experts.Validate().Problems.Should().BeEmpty();
        });

    [Property(MaxTest = 200)]
    public Property ConventionStatusTable_IsOrderedByPartyWhateverTheInputOrder() =>
        Prop.ForAll(WithShuffle(StatesGenerators.ConventionStatusDocuments, d => d.Statuses).ToArbitrary(), pair =>
        {
            var (statuses, shuffled) = pair;
            var table = ConventionStatusTable.Create(statuses).GetValueOrThrow();

            ConventionStatusTable.Create(shuffled).GetValueOrThrow().Statuses.Should().Equal(table.Statuses);
            table.Statuses.Select(s => s.Party).Should().BeInAscendingOrder();
        });

    [Property(MaxTest = 200)]
    public Property RegionalGroupTable_IsOrderedByStateWhateverTheInputOrder() =>
        Prop.ForAll(WithShuffle(StatesGenerators.RegionalGroupsDocuments, d => d.Assignments).ToArbitrary(), pair =>
        {
            var (assignments, shuffled) = pair;
            var table = RegionalGroupTable.Create(assignments).GetValueOrThrow();
            var other = RegionalGroupTable.Create(shuffled).GetValueOrThrow();

            other.Assignments.Should().Equal(table.Assignments);
            foreach (var group in Enum.GetValues<RegionalGroup>())
            {
                other.MembersOf(group).Should().Equal(table.MembersOf(group));
            }
        });

    [Property(MaxTest = 100)]
    public Property SupplyValidity_DoesNotDependOnTheOrderOfProvidersAndOfferings() =>
        Prop.ForAll(SupplyGenerators.SupplyDocuments.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (document, seed) =>
        {
            var random = new Random(seed);
            var shuffled = document with
            {
                Providers = document.Providers.OrderBy(_ => random.Next()).ToEquatableArray(),
                Offerings = document.Offerings.OrderBy(_ => random.Next()).ToEquatableArray(),
            };

            shuffled.Validate().IsValid.Should().BeTrue();

            // An offering whose provider is dropped is refused in either order, and only that problem is given.
            ProviderId? dropped = document.Offerings.IsEmpty ? null : document.Offerings[0].Provider;
            var withoutProvider = shuffled with { Providers = shuffled.Providers.Where(p => p.Id != dropped).ToEquatableArray() };
            withoutProvider.Validate().Problems.Select(p => p.Message).Distinct()
                .Should().BeSubsetOf(dropped is { } id ? [$"provider {id} is not listed in providers"] : []);
        });

    [Property(MaxTest = 100)]
    public Property NeedsImport_AcceptsTheSameNeedsInAnyOrder() =>
        Prop.ForAll(WithShuffle(DemandGenerators.NeedsDocuments, d => d.Needs).ToArbitrary(), pair =>
        {
            var (needs, shuffled) = pair;
            var accepted = new NeedsDocument { Needs = needs }.Import(Clock).Accepted;

            new NeedsDocument { Needs = shuffled }.Import(Clock).Accepted.OrderBy(n => n.Id)
                .Should().Equal(accepted.OrderBy(n => n.Id));
        });

    /// <summary>A list from a document and the same list in another order.</summary>
    private static Gen<(EquatableArray<T> Items, EquatableArray<T> Shuffled)> WithShuffle<TDocument, T>(Gen<TDocument> documents, Func<TDocument, EquatableArray<T>> items) =>
        from document in documents
        from shuffled in Gen.Shuffle(items(document).ToArray())
        select (items(document), shuffled.ToEquatableArray());
}
