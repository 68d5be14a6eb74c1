using System.Globalization;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>An exact amount in yuan (元): never negative, at most two decimals (fen).</summary>
public readonly record struct Money
{
    public const decimal TenThousand = 10_000m;
    public const decimal HundredMillion = 100_000_000m;

    /// <summary>The largest amount the database column (decimal(18,2)) holds.</summary>
    public const decimal MaxYuan = 9_999_999_999_999_999.99m;

    private Money(decimal yuan) => Yuan = yuan;

    public decimal Yuan { get; }

    /// <summary>The amount in fen (分), exact: what sortable columns store.</summary>
    public long Fen => decimal.ToInt64(Yuan * 100m);

    public static bool IsValid(decimal yuan) => yuan is >= 0 and <= MaxYuan && decimal.Round(yuan, 2) == yuan;

    public static Money FromYuan(decimal yuan) => IsValid(yuan)
        ? new Money(yuan)
        : throw DomainRuleException.Invalid("filing.amount-invalid", "An amount must be at least 0 yuan with at most two decimals.");

    /// <summary>In 万元 (ten thousands of yuan), e.g. 12,345.67 万元 for 123,456,700 yuan.</summary>
    public decimal InTenThousands => Yuan / TenThousand;

    /// <summary>In 亿元 (hundreds of millions of yuan).</summary>
    public decimal InHundredMillions => Yuan / HundredMillion;

    /// <summary>"1.5亿元" from 1亿 up, otherwise "2,000万元" (amounts below 1万 in 元).</summary>
    public string ToChineseDisplay() => Yuan switch
    {
        >= HundredMillion => InHundredMillions.ToString("#,0.####", CultureInfo.InvariantCulture) + "亿元",
        >= TenThousand => InTenThousands.ToString("#,0.####", CultureInfo.InvariantCulture) + "万元",
        _ => Yuan.ToString("#,0.##", CultureInfo.InvariantCulture) + "元",
    };

    public override string ToString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
