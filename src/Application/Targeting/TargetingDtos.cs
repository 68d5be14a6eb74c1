using InvestPromo.Application.People;
using InvestPromo.Application.People.Natives;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.People;

namespace InvestPromo.Application.Targeting;

public sealed record TargetAssociationDto(Guid Id, string Name, AssociationKind Kind, AssociationStatus Status, string? HomeRegionCode, string? HomeRegionName, int? MemberCount, string? LiaisonLeader);

public sealed record TargetOfficeDto(Guid Id, Guid AssociationId, string AssociationName, string Name, string CityRegionCode, string? CityName, string? ContactName, string? ContactPhone);

public sealed record TargetMemberDto(Guid Id, Guid AssociationId, string AssociationName, string CompanyName, string? Position, Guid? IndustryChainId, string? IndustryChainName);

/// <summary>
/// 按图索骥 (issue 14 item 3): for an area (a province covers its cities) and optionally an industry chain, the associations at home
/// there, their offices there (any association's office in the area), the member companies in the chain of those associations, and
/// the notable natives in the chain doing business there. Each list holds at most <see cref="TargetingQueries.MaxPerList"/>.
/// </summary>
public sealed record TargetingResultDto(
    string RegionCode,
    string? RegionName,
    Guid? IndustryChainId,
    string? IndustryChainName,
    IReadOnlyList<TargetAssociationDto> Associations,
    IReadOnlyList<TargetOfficeDto> Offices,
    IReadOnlyList<TargetMemberDto> Members,
    IReadOnlyList<NativeDto> Natives);

public static class TargetingQueries
{
    public const int MaxPerList = 500;

    public static async Task<TargetingResultDto> FindAsync(IApplicationDbContext db, ICurrentUser user, string regionCode, Guid? industryChainId, CancellationToken ct)
    {
        var code = regionCode.Trim();
        var prefix = RegionArea.Prefix(code);
        var regionName = await db.SourceRegions.AsNoTracking().Where(r => r.Code == code).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var chainName = industryChainId is { } chain
            ? await db.IndustryChains.AsNoTracking().Where(c => c.Id == chain).Select(c => c.Name).FirstOrDefaultAsync(ct)
                ?? throw RequestValidationException.For("industryChainId", new Localized("所选产业链不存在。", "The industry chain does not exist.").Current)
            : null;

        var associations = await db.Associations.AsNoTracking()
            .Where(a => a.HomeRegionCode != null && a.HomeRegionCode.StartsWith(prefix) && a.Status != AssociationStatus.Dissolved)
            .OrderBy(a => a.Name).ThenBy(a => a.Id).Take(MaxPerList)
            .Select(a => new TargetAssociationDto(a.Id, a.Name, a.Kind, a.Status, a.HomeRegionCode,
                db.SourceRegions.Where(r => r.Code == a.HomeRegionCode).Select(r => r.Name).FirstOrDefault(), a.MemberCount, a.LiaisonLeader))
            .ToListAsync(ct);

        var contacts = PeopleContacts.MaySee(user);
        var offices = await db.AssociationOffices.AsNoTracking()
            .Where(o => o.CityRegionCode.StartsWith(prefix))
            .Join(db.Associations.Where(a => a.Status != AssociationStatus.Dissolved), o => o.AssociationId, a => a.Id, (o, a) => new { o, a.Name })
            .OrderBy(x => x.Name).ThenBy(x => x.o.Name).ThenBy(x => x.o.Id).Take(MaxPerList)
            .Select(x => new TargetOfficeDto(x.o.Id, x.o.AssociationId, x.Name, x.o.Name, x.o.CityRegionCode,
                db.SourceRegions.Where(r => r.Code == x.o.CityRegionCode).Select(r => r.Name).FirstOrDefault(),
                contacts ? x.o.ContactName : null, contacts ? x.o.ContactPhone : null))
            .ToListAsync(ct);

        // Members of the associations at home in the area or with an office there.
        var associationIds = db.Associations.Where(a => a.HomeRegionCode != null && a.HomeRegionCode.StartsWith(prefix) && a.Status != AssociationStatus.Dissolved).Select(a => a.Id)
            .Concat(db.AssociationOffices.Where(o => o.CityRegionCode.StartsWith(prefix)).Select(o => o.AssociationId));
        var members = db.AssociationMembers.AsNoTracking().Where(m => associationIds.Contains(m.AssociationId));
        if (industryChainId is { } memberChain)
        {
            members = members.Where(m => m.IndustryChainId == memberChain);
        }

        var memberRows = await members
            .Join(db.Associations, m => m.AssociationId, a => a.Id, (m, a) => new { m, a.Name })
            .OrderBy(x => x.m.CompanyName).ThenBy(x => x.m.Id).Take(MaxPerList)
            .Select(x => new TargetMemberDto(x.m.Id, x.m.AssociationId, x.Name, x.m.CompanyName, x.m.Position, x.m.IndustryChainId,
                db.IndustryChains.Where(c => c.Id == x.m.IndustryChainId).Select(c => c.Name).FirstOrDefault()))
            .ToListAsync(ct);

        var natives = await NativeQueries.ListAsync(
            db.NotableNatives.AsNoTracking().Filter(new NativeFilter(IndustryChainId: industryChainId, CityRegionCode: code)).Ordered(), db, user, MaxPerList, ct);

        return new TargetingResultDto(code, regionName, industryChainId, chainName, associations, offices, memberRows, natives);
    }
}
