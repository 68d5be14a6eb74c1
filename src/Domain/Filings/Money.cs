using System.Globalization;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// An exact amount in yuan (元): never negative, at most two decimals (fen). People read and type amounts in 万元
/// (<see cref="InTenThousands"/>, <see cref="FromTenThousands"/>): exact both ways, a fen being 0.000001 万元.
/// </summary>
public readonly record struct Money
{
    public const decimal TenThousand = 10_000m;
    public const decimal HundredMillion = 100_000_000m;

    /// <summary>The most decimals a 万元 amount has: six, a fen.</summary>
    public const int TenThousandsDecimals = 6;

    /// <summary>
    /// The largest amount: just under 10万亿元 (13 integer digits), above any real project and inside the database column
    /// (decimal(18,2)). Sums are taken in fen as a long (running totals, the reserve list): at this bound 9,223 approved
    /// amounts still add up, where the column's own limit (9,999,999,999,999,999.99) overflowed at ten, a 500.
    /// </summary>
    public const decimal MaxYuan = 9_999_999_999_999.99m;

    private Money(decimal yuan) => Yuan = yuan;

    public decimal Yuan { get; }

    /// <summary>The amount in fen (分), exact: what sortable columns store.</summary>
    public long Fen => decimal.ToInt64(Yuan * 100m);

    /// <summary>In 万元 (ten thousands of yuan), exact: 12,345.678901 万元 for 123,456,789.01 yuan (never rounded).</summary>
    public decimal InTenThousands => Yuan / TenThousand;

    public static bool IsValid(decimal yuan) => yuan is >= 0 and <= MaxYuan && decimal.Round(yuan, 2) == yuan;

    public static Money FromYuan(decimal yuan) => IsValid(yuan)
        ? new Money(yuan)
        : throw DomainRuleException.Invalid("filing.amount-invalid", "An amount must be at least 0 yuan with at most two decimals.");

    /// <summary>True when <paramref name="tenThousands"/> 万元 is an amount: not negative, at most six decimals (a fen), within <see cref="MaxYuan"/>.</summary>
    public static bool IsValidTenThousands(decimal tenThousands) =>
        tenThousands is >= 0 and <= MaxYuan / TenThousand && decimal.Round(tenThousands, TenThousandsDecimals) == tenThousands;

    /// <summary>
    /// An amount typed in 万元, converted exactly (12,345.678901 万元 is 123,456,789.01 yuan). A seventh decimal would be a
    /// fraction of a fen: refused, never rounded.
    /// </summary>
    public static Money FromTenThousands(decimal tenThousands) => IsValidTenThousands(tenThousands)
        ? new Money(tenThousands * TenThousand)
        : throw DomainRuleException.Invalid("filing.amount-invalid", "An amount in 万元 must be at least 0 with at most six decimals (a fen).");

    public override string ToString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
