using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Properties;

/// <summary>Every document round-trips through JSON unchanged: equal in value, and written again to the same text.</summary>
public class DocumentJsonProperties
{
    [Property(MaxTest = 200)]
    public Property ConventionStatusDocument_RoundTrips() => RoundTrips(StatesGenerators.ConventionStatusDocuments);

    [Property(MaxTest = 200)]
    public Property RegionalGroupsDocument_RoundTrips() => RoundTrips(StatesGenerators.RegionalGroupsDocuments);

    [Property(MaxTest = 200)]
    public Property ChecklistDocument_RoundTrips() => RoundTrips(DemandGenerators.ChecklistDocuments);

    [Property(MaxTest = 150)]
    public Property SelfAssessmentReportDocument_RoundTrips() => RoundTrips(DemandGenerators.ReportDocuments);

    [Property(MaxTest = 100)]
    public Property NeedsDocument_RoundTrips() => RoundTrips(DemandGenerators.NeedsDocuments);

    [Property(MaxTest = 150)]
    public Property SupplyDocument_RoundTrips() => RoundTrips(SupplyGenerators.SupplyDocuments);

    [Property(MaxTest = 150)]
    public Property ExpertDirectoryDocument_RoundTrips() => RoundTrips(SupplyGenerators.ExpertDirectoryDocuments);

    private static Property RoundTrips<T>(Gen<T> documents) =>
        Prop.ForAll(documents.ToArbitrary(), document => { JsonRoundTrip.Assert(document); });
}
