namespace InvestPromo.Domain.Filings;

/// <summary>项目类别.</summary>
public enum ProjectCategory
{
    /// <summary>工业.</summary>
    Industrial = 1,

    /// <summary>服务业.</summary>
    Service = 2,

    /// <summary>农业.</summary>
    Agriculture = 3,

    /// <summary>房地产.</summary>
    RealEstate = 4,

    /// <summary>金融.</summary>
    Finance = 5,

    /// <summary>大型基础设施.</summary>
    Infrastructure = 6,

    /// <summary>其他.</summary>
    Other = 7,
}

/// <summary>项目阶段, following statistical practice; separate from the filing's review status.</summary>
public enum ProjectStage
{
    /// <summary>在谈.</summary>
    Negotiating = 1,

    /// <summary>签约.</summary>
#pragma warning disable CA1720 // "Signed" is the stage's name (签约), not a type.
    Signed = 2,
#pragma warning restore CA1720

    /// <summary>开工.</summary>
    Started = 3,

    /// <summary>竣工.</summary>
    Completed = 4,

    /// <summary>投产/达产.</summary>
    InProduction = 5,
}

/// <summary>The filing's review status.</summary>
public enum FilingStatus
{
    /// <summary>草稿: being written by the filer; may be incomplete.</summary>
    Draft = 1,

    /// <summary>审核中: submitted, waiting for a reviewer (3 working days).</summary>
    UnderReview = 2,

    /// <summary>已备案: approved.</summary>
    Approved = 3,

    /// <summary>退回修改: returned with the reviewer's reasons; the filer corrects and resubmits.</summary>
    Returned = 4,

    /// <summary>已撤回: withdrawn by the filer before a decision.</summary>
    Withdrawn = 5,

    /// <summary>已撤销: an approval revoked by a reviewer.</summary>
    Revoked = 6,

    /// <summary>复核中: approved and published, then objected to; re-reviewed until every objection has an outcome.</summary>
    UnderReReview = 7,
}

/// <summary>What happened to a filing, for its history.</summary>
public enum FilingAction
{
    Created = 1,
    Edited = 2,
    Submitted = 3,
    Resubmitted = 4,
    Approved = 5,
    Returned = 6,
    Withdrawn = 7,
    Revoked = 8,

    /// <summary>A file was attached (the name is in the entry's changes).</summary>
    FileAttached = 9,

    /// <summary>An attachment was removed.</summary>
    FileRemoved = 10,

    /// <summary>An objection was lodged during the publicity period: the filing is under re-review (the text is the reason).</summary>
    ObjectionReceived = 11,

    /// <summary>The re-review dismissed an objection (异议不成立).</summary>
    ObjectionDismissed = 12,

    /// <summary>The re-review upheld an objection (异议成立): revoked or returned, see the status change.</summary>
    ObjectionUpheld = 13,

    /// <summary>The review deadline was counted again because the official calendar of a year it had to guess was saved.</summary>
    DeadlineRecomputed = 14,

    /// <summary>The tracked project's confirmed milestones moved the stage on (签约, 开工, 竣工): the current stage everywhere.</summary>
    StageProgressed = 15,
}

/// <summary>
/// Scale bands of seed 004 by planned total investment: below 1亿, 1亿 (included) to 10亿, 10亿 (included) to 50亿, 50亿
/// (included) to 100亿, 100亿 (included) and above. Each lower boundary belongs to the band above it; the labels say so.
/// </summary>
public enum ScaleBand
{
    /// <summary>Below 100,000,000 yuan (低于1亿元).</summary>
    Below100Million = 1,

    /// <summary>From 1亿 (included) up to 10亿 (not included): 1亿元（含）–10亿元.</summary>
    From100MillionTo1Billion = 2,

    /// <summary>From 10亿 (included) up to 50亿 (not included): 10亿元（含）–50亿元.</summary>
    From1BillionTo5Billion = 3,

    /// <summary>From 50亿 (included) up to 100亿 (not included): 50亿元（含）–100亿元.</summary>
    From5BillionTo10Billion = 4,

    /// <summary>100亿 (included) and above: 100亿元（含）以上.</summary>
    From10Billion = 5,
}

public static class ScaleBands
{
    /// <summary>The band of a planned total investment; each lower boundary belongs to the band above it.</summary>
    public static ScaleBand Of(Money plannedTotal) => plannedTotal.Yuan switch
    {
        < 1 * Money.HundredMillion => ScaleBand.Below100Million,
        < 10 * Money.HundredMillion => ScaleBand.From100MillionTo1Billion,
        < 50 * Money.HundredMillion => ScaleBand.From1BillionTo5Billion,
        < 100 * Money.HundredMillion => ScaleBand.From5BillionTo10Billion,
        _ => ScaleBand.From10Billion,
    };

    /// <summary>The bands that hold amounts of at least <paramref name="amount"/>: its own band and every band above it.</summary>
    public static IReadOnlyList<ScaleBand> Reaching(Money amount)
    {
        var lowest = Of(amount);
        return [.. Enum.GetValues<ScaleBand>().Where(b => b >= lowest)];
    }
}
