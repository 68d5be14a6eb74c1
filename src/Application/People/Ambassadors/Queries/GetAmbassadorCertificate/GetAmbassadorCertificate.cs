using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors.Queries.GetAmbassadorCertificate;

/// <summary>The printable certificate (聘书) of an appointment as a PDF.</summary>
public sealed record GetAmbassadorCertificateQuery(Guid Id) : IQuery<CertificateFile>;

/// <summary>A generated document: its file name and bytes.</summary>
public sealed record CertificateFile(string FileName, byte[] Content);

public sealed class GetAmbassadorCertificateHandler(IApplicationDbContext db, ICertificateDocuments documents, RegionOptions region)
    : IQueryHandler<GetAmbassadorCertificateQuery, CertificateFile>
{
    public async ValueTask<CertificateFile> Handle(GetAmbassadorCertificateQuery query, CancellationToken cancellationToken)
    {
        var a = await db.Ambassadors.AsNoTracking().Where(x => x.Id == query.Id)
            .Select(x => new { x.Year, x.Name, x.CertificateNumber, x.Organisation, x.Title, x.AppointedOn })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Ambassador), query.Id);
        var city = await AmbassadorQueries.IssuerCityNameAsync(db, region, cancellationToken);
        var pdf = documents.RenderAmbassadorCertificate(new AmbassadorCertificate(city, a.Year, a.Name, a.CertificateNumber, a.Organisation, a.Title, a.AppointedOn))
            ?? throw DomainRuleException.Conflict("certificate.font-missing", "No Chinese font is installed for the PDF; print the certificate page instead.");
        return new CertificateFile($"{new Localized("招商大使聘书", "ambassador-certificate").Current}_{a.Year}_{a.CertificateNumber}.pdf", pdf);
    }
}
