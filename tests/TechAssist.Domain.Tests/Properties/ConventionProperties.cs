using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TechAssist.Convention;
using TechAssist.Serialization;

namespace TechAssist.Tests.Properties;

/// <summary>Invariants of provision references over generated values.</summary>
public class ConventionProperties
{
    private static Gen<ProvisionReference> Provisions =>
        from article in Gen.Choose(1, 71)
        from depth in Gen.Choose(0, 3)
        from paragraph in Gen.Choose(1, 60)
        from letter in Gen.Choose(0, 25)
        from clause in Gen.Choose(1, 20)
        select ProvisionReference.From(
            article,
            depth >= 1 ? paragraph : null,
            depth >= 2 ? (char)('a' + letter) : null,
            depth >= 3 ? clause : null);

    private static Arbitrary<ProvisionReference> ArbitraryProvisions => Provisions.ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Parse_OfCode_GivesTheSameProvision() =>
        Prop.ForAll(ArbitraryProvisions, provision =>
            ProvisionReference.Parse(provision.Code) == provision
            && ProvisionReference.Parse(provision.ToString()) == provision);

    [Property(MaxTest = 500)]
    public Property Json_RoundTripsEveryProvision() =>
        Prop.ForAll(ArbitraryProvisions, provision =>
            TechAssistJson.Deserialize<ProvisionReference>(TechAssistJson.Serialize(provision)).Value == provision);

    [Property(MaxTest = 500)]
    public Property Ordering_AgreesWithEqualityAndIsAntisymmetric() =>
        Prop.ForAll(ArbitraryProvisions, ArbitraryProvisions, (a, b) =>
            (a.CompareTo(b) == 0) == (a == b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)));

    [Property(MaxTest = 500)]
    public Property Provision_IsWithinEveryAncestor() =>
        Prop.ForAll(ArbitraryProvisions, provision =>
            provision.IsWithin(provision.Parent)
            && provision.IsWithin(ProvisionReference.ForArticle(provision.Article))
            && provision.Parent <= provision);

    [Property(MaxTest = 1000)]
    public Property TryParse_NeverThrows_OnAnyText() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var parsed = ProvisionReference.TryParse(text, out var provision, out var error);
            return parsed ? provision.IsValid && error is null : !provision.IsValid && error is not null;
        });
}
