using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData;

/// <summary>The names of the classes of <see cref="SourceOrigin"/>, as the seeds count them, in both languages.</summary>
public static class SourceOriginLabels
{
    public static Localized Labels(SourceOrigin value) => value switch
    {
        SourceOrigin.HomeCity => new Localized("本市", "Home city"),
        SourceOrigin.HomeProvince => new Localized("省内市外", "Elsewhere in the province"),
        SourceOrigin.OtherProvince => new Localized("省外境内", "Other provinces of the mainland"),
        SourceOrigin.HongKongMacaoTaiwan => new Localized("港澳台", "Hong Kong, Macao and Taiwan"),
        _ => new Localized("外国", "Abroad"),
    };
}
