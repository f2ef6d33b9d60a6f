using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Serialization.Converters;

/// <summary>A provision as its compact code, <c>"52(1)(a)"</c>.</summary>
internal sealed class ProvisionReferenceJsonConverter : StringValueConverter<ProvisionReference>
{
    protected override string Pattern => @"^[1-9][0-9]?(\([1-9][0-9]{0,2}\)(\([a-z]\)(\([ivx]+\))?)?)?$";

    protected override string Expected => "a provision of the Convention such as \"16\", \"16(2)\" or \"52(1)(a)\", article 1 to 71";

    protected override bool TryParse(string text, out ProvisionReference value) => ProvisionReference.TryParse(text, out value);

    protected override string Format(ProvisionReference value) => value.Code;
}

/// <summary>An article number as a string of digits, <c>"16"</c>, so that it can key a JSON object.</summary>
internal sealed class ArticleNumberJsonConverter : StringValueConverter<ArticleNumber>
{
    protected override string Pattern => @"^[1-9][0-9]?$";

    protected override string Expected => "an article number from \"1\" to \"71\"";

    protected override bool TryParse(string text, out ArticleNumber value) => ArticleNumber.TryParse(text, out value);

    protected override string Format(ArticleNumber value) => value.ToString();
}

/// <summary>A chapter in Roman numerals, <c>"III"</c>.</summary>
internal sealed class ChapterNumberJsonConverter : StringValueConverter<ChapterNumber>
{
    protected override string Pattern => @"^(I|II|III|IV|V|VI|VII|VIII)$";

    protected override string Expected => "a chapter from \"I\" to \"VIII\"";

    protected override bool TryParse(string text, out ChapterNumber value) => ChapterNumber.TryParse(text, out value);

    protected override string Format(ChapterNumber value) => value.ToString();
}

/// <summary>A country code, <c>"KEN"</c>.</summary>
internal sealed class CountryCodeJsonConverter : StringValueConverter<CountryCode>
{
    protected override string Pattern => @"^[A-Z]{3}$";

    protected override string Expected => "an ISO 3166-1 alpha-3 country code such as \"KEN\"";

    protected override bool TryParse(string text, out CountryCode value) => CountryCode.TryParse(text, out value);

    protected override string Format(CountryCode value) => value.Value;
}

/// <summary>A party code, <c>"KEN"</c> or <c>"EU"</c>.</summary>
internal sealed class PartyIdJsonConverter : StringValueConverter<PartyId>
{
    protected override string Pattern => @"^([A-Z]{3}|EU)$";

    protected override string Expected => "a State's ISO 3166-1 alpha-3 code such as \"KEN\", or \"EU\"";

    protected override bool TryParse(string text, out PartyId value) => PartyId.TryParse(text, out value);

    protected override string Format(PartyId value) => value.Value;
}

/// <summary>A provider id as its text.</summary>
internal sealed class ProviderIdJsonConverter : StringValueConverter<Supply.ProviderId>
{
    protected override string Expected => "a provider id: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out Supply.ProviderId value) => Supply.ProviderId.TryFrom(text, out value);

    protected override string Format(Supply.ProviderId value) => value.Value;
}

/// <summary>A language code, <c>"en"</c>.</summary>
internal sealed class LanguageCodeJsonConverter : StringValueConverter<Languages.LanguageCode>
{
    protected override string Pattern => @"^[a-z]{2}$";

    protected override string Expected => "an ISO 639-1 two-letter language code such as \"en\"";

    protected override bool TryParse(string text, out Languages.LanguageCode value) => Languages.LanguageCode.TryParse(text, out value);

    protected override string Format(Languages.LanguageCode value) => value.Value;
}

/// <summary>A currency code, <c>"EUR"</c>.</summary>
internal sealed class CurrencyCodeJsonConverter : StringValueConverter<Supply.CurrencyCode>
{
    protected override string Pattern => @"^[A-Z]{3}$";

    protected override string Expected => "an ISO 4217 currency code of the IATI Currency codelist such as \"EUR\"";

    protected override bool TryParse(string text, out Supply.CurrencyCode value) => Supply.CurrencyCode.TryParse(text, out value);

    protected override string Format(Supply.CurrencyCode value) => value.Value;
}

/// <summary>An offering id as its text.</summary>
internal sealed class OfferingIdJsonConverter : StringValueConverter<Supply.OfferingId>
{
    protected override string Expected => "an offering id: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out Supply.OfferingId value) => Supply.OfferingId.TryFrom(text, out value);

    protected override string Format(Supply.OfferingId value) => value.Value;
}

/// <summary>An expert id as its text.</summary>
internal sealed class ExpertIdJsonConverter : StringValueConverter<Experts.ExpertId>
{
    protected override string Expected => "an expert id: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out Experts.ExpertId value) => Experts.ExpertId.TryFrom(text, out value);

    protected override string Format(Experts.ExpertId value) => value.Value;
}

/// <summary>A knowledge resource id as its text.</summary>
internal sealed class KnowledgeResourceIdJsonConverter : StringValueConverter<Knowledge.KnowledgeResourceId>
{
    protected override string Expected => "a knowledge resource id: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out Knowledge.KnowledgeResourceId value) => Knowledge.KnowledgeResourceId.TryFrom(text, out value);

    protected override string Format(Knowledge.KnowledgeResourceId value) => value.Value;
}
