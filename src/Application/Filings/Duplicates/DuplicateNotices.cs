using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Duplicates;

/// <summary>
/// A suspected duplicate the caller may not read (another unit's filing, for a filer): only whose it is and which rules it matched,
/// with a sentence in the request's language, e.g. "与鼎城区已受理项目疑似重复（统一社会信用代码相同）". No id, no other field: an id,
/// even one answering 404, would let a filer follow that filing from call to call, and a filer has nothing to do with it (only
/// reviewers dismiss a pair).
/// </summary>
public sealed record DuplicateNoticeDto(string UnitName, IReadOnlyList<DuplicateReason> Reasons, string Message);

/// <summary>
/// Who sees which side of a suspected duplicate: in full, a filing the caller could read anyway (<see cref="FilingScope.MaySee"/>:
/// for a filer its own unit's; reviewers, admins, leaders and keys read every unit's live filings); any other only as a
/// <see cref="DuplicateNoticeDto"/>. Every answer that lists suspected duplicates (the duplicates view, the submission's answer)
/// goes through <see cref="ForCaller"/>.
/// </summary>
public static class DuplicateNotices
{
    private static readonly Dictionary<DuplicateReason, Localized> RuleNames = new()
    {
        [DuplicateReason.SameCreditCode] = new("统一社会信用代码相同", "same credit code"),
        [DuplicateReason.SameNameSameInvestor] = new("项目名称相近且投资方相同", "same project name and investor"),
        [DuplicateReason.SameNameSameChainRegionAmount] = new("项目名称相近，产业链与来源地相同，总投资相差不超过20%", "same project name, chain and source region, planned total within 20%"),
    };

    /// <summary>The duplicates this caller reads in full, and a notice for each of the others (in the same order).</summary>
    public static (IReadOnlyList<DuplicateFilingDto> Shown, IReadOnlyList<DuplicateNoticeDto> Notices) ForCaller(IReadOnlyList<DuplicateFilingDto> duplicates, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(duplicates);
        var shown = duplicates.Where(d => user.MaySee(d.UnitId, d.Status)).ToList();
        var notices = duplicates.Where(d => !user.MaySee(d.UnitId, d.Status)).Select(Notice).ToList();
        return (shown, notices);
    }

    public static DuplicateNoticeDto Notice(DuplicateFilingDto duplicate)
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        var rules = duplicate.Reasons.Select(r => RuleNames.TryGetValue(r, out var name) ? name : new(r.ToString(), r.ToString())).ToList();
        var message = new Localized(
            $"与{duplicate.UnitName}已受理项目疑似重复（{string.Join("；", rules.Select(r => r.Zh))}）",
            $"Suspected duplicate of a filing accepted in {duplicate.UnitName} ({string.Join("; ", rules.Select(r => r.En))})");
        return new DuplicateNoticeDto(duplicate.UnitName, duplicate.Reasons, message.Current);
    }
}
